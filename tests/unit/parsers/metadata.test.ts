import { describe, expect, test } from "vitest";
import { readMetadata } from "@/lib/parsers/metadata";
import { readTextDocument } from "@/lib/parsers/text/read-text";

describe("readMetadata", () => {
  test.each([
    [["第二部分 咸宁市人民政府办公室 2024 年度部门决算表", "部门：咸宁市人民政府办公室本级 金额单位：万元"], "咸宁市人民政府办公室", 2024, "本级", "万元"],
    [["单位：万元", "中共上海市普陀区委社会工作部 2024 年度部门决算表"], "中共上海市普陀区委社会工作部", 2024, null, "万元"],
    [["2023年度某某县教育局部门汇总决算", "编制部门：某某县教育局（汇总） 金额单位：元"], "某某县教育局", 2023, "汇总", "元"],
    [["某某县疾病预防控制中心2024年度单位决算公开"], "某某县疾病预防控制中心", 2024, "单位", null],
  ])("%j", (lines, department, year, scope, unit) => {
    expect(readMetadata(readTextDocument(lines.join("\n")))).toMatchObject({ department, year, scope, unit });
  });

  test("nothing stated, nothing invented", () => {
    expect(readMetadata(readTextDocument("随便一段文字"))).toMatchObject({ department: null, year: null, scope: null, unit: null });
  });
});
