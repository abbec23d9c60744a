import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { figures, tablesOfText } from "./table-report";

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/xianning-zhengfuban-2024.txt"), "utf8");
const LINES = SAMPLE.split("\n");
/** Lines 99–1012 hold the nine tables; the narrative starts at 1013. */
const TABLES_END = 1012;
const BASELINE = figures(tablesOfText(SAMPLE));

function mapTableLines(fn: (line: string, lineNo: number) => string): string {
  return LINES.map((line, i) => (i + 1 >= 99 && i + 1 <= TABLES_END ? fn(line, i + 1) : line)).join("\n");
}

const CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

describe("table numbering and order do not matter", () => {
  test.each([
    ["表1", (n: number) => `表${n}`],
    ["表一", (n: number) => `表${CN[n]}`],
    ["附表1", (n: number) => `附表${n}：`],
    ["unnumbered", () => ""],
  ])("%s", (_name, label) => {
    const text = mapTableLines((line) => line.replace(/^公开 0(\d)( 表)?$/, (_m, d: string) => label(Number(d))).replace(/^公开 03$/, label(3)));
    expect(figures(tablesOfText(text))).toEqual(BASELINE);
  });

  test("numbering before the title on the same line (附表3 支出决算表)", () => {
    const text = mapTableLines((line) =>
      line.replace(/^ ?([一二三四五六七八九])、(.*决算.*表)$/, (_m, n: string, title: string) => ` 附表${CN.indexOf(n)} ${title}`),
    );
    expect(figures(tablesOfText(text))).toEqual(BASELINE);
  });

  test("三公 printed before 04 (the Shanghai order) and a table of contents up front", () => {
    const start09 = 923;
    const end09 = 1012;
    const moved = [...LINES.slice(0, 397), ...LINES.slice(start09 - 1, end09), ...LINES.slice(397, start09 - 1), ...LINES.slice(end09)];
    const toc = ["目录", "一、收入支出决算总表", "二、收入决算表", "三、支出决算表", "四、财政拨款收入支出决算总表", "五、一般公共预算财政拨款支出决算表", "九、财政拨款“三公”经费支出决算表"];
    expect(figures(tablesOfText([...toc, ...moved].join("\n")))).toEqual(BASELINE);
  });
});

describe("number and code formats", () => {
  test("without thousands separators", () => {
    expect(figures(tablesOfText(mapTableLines((line) => line.replace(/(\d),(\d{3})/g, "$1$2"))))).toEqual(BASELINE);
  });

  test("full-width digits and punctuation", () => {
    const wide = (s: string): string => s.replace(/[0-9.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    const text = mapTableLines((line) => (/^(\d|合计|[一二三四五六七八九十]+、|本年|总计)/.test(line) ? wide(line) : line));
    expect(figures(tablesOfText(text))).toEqual(BASELINE);
  });

  test("split 类/款/项 code columns (201 03 01)", () => {
    const functional = (n: number): boolean => (n >= 187 && n <= 392) || (n >= 605 && n <= 666);
    const text = mapTableLines((line, n) =>
      !functional(n) ? line : line.replace(/^(\d{3})(\d{2})(\d{2})?(?=\s|$)/, (_m, a: string, b: string, c: string | undefined) => [a, b, c].filter(Boolean).join(" ")),
    );
    expect(figures(tablesOfText(text))).toEqual(BASELINE);
  });

  test("元 instead of 万元: every figure is the same amount in 元, or left null and reported", () => {
    const text = mapTableLines((line) =>
      line
        .replace("金额单位：万元", "金额单位：元")
        .replace(/(?<![\d.])(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})(?![\d])/g, (_m, whole: string, cents: string) => {
          const yuan = BigInt(whole.replace(/,/g, "") + cents) * 100n;
          return `${yuan.toLocaleString("en-US")}.00`;
        })
        .replace(/^248\.$/, "2,487,700.")
        .replace(/^77$/, "00"),
    );
    const report = tablesOfText(text);
    expect(report.sourceUnit).toBe("元");
    // 万元 figures scaled to 元 keep their 万元 rounding gaps, which 元 precision no longer excuses: the identities
    // that place single-value rows may fail, and then the cell must be null, never another number.
    const got = figures(report) as Record<string, unknown>;
    const want = BASELINE as Record<string, unknown>;
    const compare = (a: unknown, b: unknown): void => {
      if (a === null || typeof a !== "object") {
        if (a !== b) expect(a).toBeNull();
        return;
      }
      for (const [key, value] of Object.entries(a)) compare(value, (b as Record<string, unknown>)[key]);
    };
    compare(got, want);
    expect({ totals: got.totals, economic: got.economic, sangong: got.sangong }).toEqual({
      totals: want.totals,
      economic: want.economic,
      sangong: want.sangong,
    });
  });
});

describe("blank cells, wrapped names, page breaks", () => {
  test("explicit 0.00 instead of a blank is read as 0.00 in its own column", () => {
    const text = mapTableLines((line, n) => (n === 626 ? "208 社会保障和就业支出 311.62 311.62 0.00" : line));
    const row = tablesOfText(text).gpbExpenditureByFunction.find((r) => r.code === "208");
    expect(row).toMatchObject({ total: "3116200.00", basic: "3116200.00", project: "0.00" });
  });

  test("a dash placeholder keeps the column", () => {
    const text = mapTableLines((line, n) => (n === 646 ? "213 农林水支出 8.88 - 8.88" : line));
    const row = tablesOfText(text).gpbExpenditureByFunction.find((r) => r.code === "213");
    expect(row).toMatchObject({ basic: null, project: "88800.00" });
  });

  test("table 03 continued over a page break with its header repeated", () => {
    const header = ["- 6 -", "项目", "本年支出", "合计", "基本支出", "项目支", "出", "上缴", "上级", "支出", "科目代码 科目名称", "栏次 1 2 3 4 5 6"];
    const lines = [...LINES];
    lines.splice(359, 0, ...header);
    expect(figures(tablesOfText(lines.join("\n")))).toEqual(BASELINE);
  });

  test("a row broken by the page break keeps its name tail", () => {
    const lines = [...LINES];
    lines.splice(347, 5, "2080505", "机关事业单位基本养老保", "", "\f险缴费支出", "211.16 211.16");
    const row = tablesOfText(lines.join("\n")).expenditureByFunction.find((r) => r.code === "2080505");
    expect(row).toMatchObject({ name: "机关事业单位基本养老保险缴费支出", total: "2111600.00", basic: "2111600.00" });
  });

  test("a name tail printed after the amounts goes to the row above", () => {
    const lines = [...LINES];
    lines.splice(629, 1, "2080505 机关事业单位基本养老 211.16 211.16", "保险缴费支出");
    const row = tablesOfText(lines.join("\n")).gpbExpenditureByFunction.find((r) => r.code === "2080505");
    expect(row).toMatchObject({ name: "机关事业单位基本养老保险缴费支出", total: "2111600.00" });
  });
});

describe("never guess", () => {
  test("a single-value row the identities cannot place stays null with an unread entry", () => {
    const text = [
      "支出决算表",
      "金额单位：万元",
      "科目代码 科目名称 本年支出合计 基本支出 项目支出",
      "合计 10.00 10.00",
      "201 一般公共服务支出 10.00 10.00",
      "20103 政府办公厅（室）及相关机构事务 10.00 10.00",
      "2010301 行政运行 10.00 10.00",
    ].join("\n");
    const report = tablesOfText(text);
    expect(report.expenditureByFunction.find((r) => r.code === "201")).toMatchObject({ total: "100000.00", basic: null, project: null });
    expect(report.unread.some((u) => u.section.startsWith("公开03表") && u.reason.includes("未猜测"))).toBe(true);
  });

  test("the 三公 table with a blank cell is left unread rather than shifted", () => {
    const text = mapTableLines((line, n) => (n === 1006 ? "71.50 20.00 48.00 48.00 3.50 51.29 7.90 43.06 1.59 41.47 0.33" : line));
    const report = tablesOfText(text);
    expect(report.sangong.actual.total).toBeNull();
    expect(report.unread.some((u) => u.section.startsWith("公开09表"))).toBe(true);
  });

  test("extra 会议费/培训费 columns do not shift the 三公 items", () => {
    const text = mapTableLines((line, n) => {
      if (n === 948) return "费 会议费 培训费";
      if (n === 1006) return "71.50 20.00 48.00 0.00 48.00 3.50 9.00 8.00 51.29 7.90 43.06 1.59 41.47 0.33 6.00 5.00";
      return line;
    });
    const report = tablesOfText(text);
    expect(report.sangong.budget).toMatchObject({ total: "715000.00", reception: "35000.00" });
    expect(report.sangong.actual).toMatchObject({ total: "512900.00", reception: "3300.00" });
  });
});

describe("other table layouts", () => {
  test("06 with 合计/人员经费/公用经费 columns", () => {
    const text = [
      "一般公共预算财政拨款基本支出决算表",
      "金额单位：万元",
      "科目编码 科目名称 合计 人员经费 公用经费",
      "合计 30.00 20.00 10.00",
      "301 工资福利支出 20.00 20.00",
      "30101 基本工资 20.00 20.00",
      "302 商品和服务支出 10.00 10.00",
    ].join("\n");
    const report = tablesOfText(text);
    expect(report.economic.personnel).toBe("200000.00");
    expect(report.economic.publicUse).toBe("100000.00");
    expect(report.economic.lines.map((l) => [l.code, l.category, l.amount])).toEqual([
      ["301", "personnel", "200000.00"],
      ["30101", "personnel", "200000.00"],
      ["302", "publicUse", "100000.00"],
    ]);
  });

  test("合计 with its amounts wrapped onto the next line, printed last", () => {
    const text = [
      "一般公共预算财政拨款支出决算表",
      "金额单位：万元",
      "科目编码 科目名称 合计 基本支出 项目支出",
      "201 一般公共服务支出 3.00 1.00 2.00",
      "合计",
      "3.00 1.00 2.00",
    ].join("\n");
    const report = tablesOfText(text);
    expect(report.gpbExpenditureByFunction).toHaveLength(1);
    expect(report.gpbExpenditureByFunction[0]).toMatchObject({ basic: "10000.00", project: "20000.00" });
  });
});
