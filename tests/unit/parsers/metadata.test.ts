import { describe, expect, test } from "vitest";
import { readMetadata } from "@/lib/parsers/metadata";
import { asOrgName } from "@/lib/parsers/metadata/org-name";
import { readTextDocument } from "@/lib/parsers/text/read-text";

const read = (lines: string[], fileName = "") => readMetadata(readTextDocument(lines.join("\n")), fileName);

describe("readMetadata", () => {
  test.each([
    [["第二部分 咸宁市人民政府办公室 2024 年度部门决算表", "部门：咸宁市人民政府办公室本级 金额单位：万元"], "咸宁市人民政府办公室", 2024, "本级", "万元"],
    [["单位：万元", "中共上海市普陀区委社会工作部 2024 年度部门决算表"], "中共上海市普陀区委社会工作部", 2024, null, "万元"],
    [["2023年度某某县教育局部门汇总决算", "编制部门：某某县教育局（汇总） 金额单位：元"], "某某县教育局", 2023, "汇总", "元"],
    [["某某县疾病预防控制中心2024年度单位决算公开"], "某某县疾病预防控制中心", 2024, "单位", null],
  ])("%j", (lines, department, year, scope, unit) => {
    expect(read(lines)).toMatchObject({ department, year, scope, unit });
  });

  test("nothing stated, nothing invented", () => {
    expect(read(["随便一段文字"])).toMatchObject({ department: null, year: null, scope: null, unit: null, publisher: null, documentKind: null });
  });
});

describe("who published it: every place a report prints the name", () => {
  test.each([
    ["cover line beside the title", ["上海市普陀区财政局 2024年度部门决算"], "上海市普陀区财政局", ["cover"]],
    ["cover lines above the title", ["中共上海市普陀区委", "社会工作部 2024 年度", "部门决算", "二〇二五年九月"], "中共上海市普陀区委社会工作部", ["cover"]],
    ["year first on the cover", ["2024年度", "上海市普陀区财政局", "部门决算"], "上海市普陀区财政局", ["cover"]],
    ["TOC part title", ["目录", "第一部分 部门概况", "第二部分 上海市普陀区财政局2024年度部门决算表"], "上海市普陀区财政局", ["partTitle"]],
    ["part title of the 概况", ["第一部分 上海市普陀区财政局概况", "一、主要职能"], "上海市普陀区财政局", ["partTitle"]],
    ["table header 部门：", ["公开01表", "部门：上海市普陀区财政局 金额单位：万元"], "上海市普陀区财政局", ["tableHeader"]],
    ["table header 单位名称：", ["单位名称：上海市普陀区财政局 单位：万元"], "上海市普陀区财政局", ["tableHeader"]],
    ["table header 编制单位：", ["编制单位：上海市普陀区财政局 2024年12月31日 单位：万元"], "上海市普陀区财政局", ["tableHeader"]],
    ["概况 sentence wrapped over two lines", ["一、部门职责", "上海市普陀区财政局是主管全区财政工作的区政", "府工作部门。"], "上海市普陀区财政局", ["overview"]],
    ["概况 sentence with 负责", ["中共上海市普陀区委社会工作部负责贯彻落实党中央有关方针"], "中共上海市普陀区委社会工作部", ["overview"]],
  ])("%s", (_label, lines, name, kinds) => {
    const meta = read(lines);
    expect(meta.department).toBe(name);
    expect(meta.publisher?.seenAt.map((s) => s.kind)).toEqual(kinds);
    expect(meta.publisher?.seenAt[0]?.line).toBeGreaterThan(0);
  });

  test.each([
    ["第二部分 on its own", ["第二部分 2024年度部门决算表", "公开01表 编制单位：上海市普陀区审计局 单位：万元"], "上海市普陀区审计局"],
    ["headings only", ["目录", "第二部分", "公开01表", "部门决算", "第二部分 2024年度部门决算表"], null],
    ["generic words", ["本部门是主管全区财政工作的部门", "部门：本部门 单位：万元"], null],
  ])("a heading is never a name: %s", (_label, lines, name) => {
    expect(read(lines).department).toBe(name);
  });

  test("agreement across places: a shorter form supports the full name, confidence rises with the kinds of places", () => {
    const meta = read([
      "上海市普陀区财政局",
      "2024年度部门决算",
      "第一部分 部门概况",
      "普陀区财政局是主管全区财政工作的区政府工作部门。",
      "部门：上海市普陀区财政局 金额单位：万元",
      "部门：某某街道办事处 金额单位：万元",
    ]);
    expect(meta.department).toBe("上海市普陀区财政局");
    expect(meta.publisher?.seenAt.map((s) => s.kind).sort()).toEqual(["cover", "overview", "tableHeader"]);
    expect(meta.publisher?.confidence).toBeGreaterThan(0.7);
    expect(meta.publisher?.confidence).toBeLessThan(1);
  });

  test("the file name only when the document names no one, with low confidence", () => {
    const meta = read(["第二部分 2024年度部门决算表", "单位：万元"], "上海市普陀区财政局2024年度部门决算.pdf");
    expect(meta.department).toBe("上海市普陀区财政局");
    expect(meta.publisher?.seenAt).toEqual([{ kind: "fileName", page: null, line: null }]);
    expect(meta.publisher?.confidence).toBeLessThan(0.5);
    expect(read(["上海市普陀区教育局2024年度部门决算"], "上海市普陀区财政局.pdf").department).toBe("上海市普陀区教育局");
  });
});

describe("document kind and fiscal year", () => {
  test.each([
    [["上海市普陀区财政局", "2024年度部门决算"], "部门决算", 2024],
    [["上海市普陀区财政局", "2025年度部门预算"], "部门预算", 2025],
    [["上海市普陀区财政局2025年单位预算"], "单位预算", 2025],
    [["某某县疾病预防控制中心2024年度单位决算"], "单位决算", 2024],
    [["2024年度一般公共预算财政拨款支出决算表", "2024年度政府性基金预算财政拨款收入支出决算表", "上海市普陀区财政局2024年度部门决算"], "部门决算", 2024],
    [["上海市普陀区财政局二〇二四年度部门决算"], "部门决算", 2024],
    [["上海市普陀区财政局", "2024年度部门决算", "二〇二五年九月", "发布日期：2025年9月20日"], "部门决算", 2024],
    [["一、财政拨款收支总表", "二、一般公共预算支出功能分类预算表", "三、“三公”经费支出预算表"], "部门预算", null],
    [["一、收入支出决算总表", "二、一般公共预算财政拨款支出决算表"], "部门决算", null],
  ])("%j → %s %s", (lines, kind, year) => {
    const meta = read(lines);
    expect(meta.documentKind).toBe(kind);
    expect(meta.year).toBe(year);
  });

  test("a document that disagrees with itself about the year → null and a note asking the user", () => {
    const meta = read([
      "上海市普陀区司法局",
      "2024年度部门决算",
      "第二部分 上海市普陀区司法局2023年度部门决算表",
      "第三部分 上海市普陀区司法局2023年度部门决算情况说明",
    ]);
    expect(meta.year).toBeNull();
    expect(meta.unread[0]?.reason).toContain("2023");
    expect(meta.unread[0]?.reason).toContain("2024");
    expect(meta.department).toBe("上海市普陀区司法局");
  });

  test("one stray mention of another year does not outvote cover and part titles", () => {
    const meta = read(["上海市普陀区财政局", "2024年度部门决算", "第二部分 上海市普陀区财政局2024年度部门决算表", "2023年度部门决算公开时已说明"]);
    expect(meta.year).toBe(2024);
    expect(meta.unread).toEqual([]);
  });
});

describe("unit composition", () => {
  test("numbered list: 本级 plus a 所属单位 → 汇总", () => {
    const meta = read([
      "二、部门决算单位构成",
      "纳入上海市普陀区财政局2024年度部门决算编制范围的单位包括：",
      "序号 单位名称 备注",
      "1 上海市普陀区财政局（本级）",
      "2 上海市普陀区财政评审中心 事业单位",
      "三、部门人员情况",
      "3 不是单位",
    ]);
    expect(meta.units.map((u) => [u.name, u.role])).toEqual([
      ["上海市普陀区财政局", "本级"],
      ["上海市普陀区财政评审中心", "所属单位"],
    ]);
    expect(meta.scope).toBe("汇总");
  });

  test("sentence list with only the 本级 → 本级; the TOC entry alone yields nothing", () => {
    expect(read(["二、部门决算单位构成", "本部门决算编制范围的单位包括：上海市普陀区审计局（本级）。"]).scope).toBe("本级");
    expect(read(["目录", "二、部门决算单位构成", "第二部分 上海市普陀区审计局2024年度部门决算表"]).units).toEqual([]);
  });
});

describe("asOrgName", () => {
  test.each([
    ["第二部分上海市普陀区财政局", "上海市普陀区财政局"],
    ["上海市普陀区财政局（本级）", "上海市普陀区财政局"],
    ["咸宁市人民政府办公室本级", "咸宁市人民政府办公室"],
    ["石泉路街道", "石泉路街道"],
    ["第二部分", null],
    ["公开01表", null],
    ["部门决算", null],
    ["一般公共", null],
    ["万元", null],
  ])("%s → %s", (raw, name) => {
    expect(asOrgName(raw)).toBe(name);
  });
});
