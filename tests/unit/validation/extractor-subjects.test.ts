import { describe, expect, test } from "vitest";
import type { Claim, ParsedReport, Severity } from "@/lib/parsers/contract";
import { validateReport } from "@/lib/validation";
import { readSubject, subjectName } from "@/lib/validation/claim-subject";
import { byRule, summary } from "./helpers";
import { makeReport, w } from "./make-report";

/** Claims shaped as lib/parsers/narrative writes them: structured subjects, signed deltas, derived bases. */
function claim(kind: Claim["kind"], subject: string, amount: string | null, base: string | null, statedPct: string | null, extra: Partial<Claim> = {}): Claim {
  return { kind, subject, amount: amount === null ? null : w(amount), base: base === null ? null : w(base), statedPct, text: "…", location: { page: 8, line: 5 }, ...extra };
}

const extractorClaims = (): Claim[] => [
  claim("change", "change:incomeTotal", "1200", "1000", "20", { delta: w("200"), direction: "increase" }),
  claim("change", "change:grandTotal", "1200", "1000", "20", { delta: w("200"), direction: "increase" }),
  claim("change", "change:governmentFund", "0", "0", null, { delta: w("0"), direction: "flat" }),
  claim("share", "share.incomeTotal:财政拨款收入", "1199.5", null, "99.96"),
  claim("share", "share.expenditureTotal:基本支出", "1000", "1200", "83.33"),
  claim("share", "share.gpbExpenditure:一般公共服务（类）支出", "999.5", null, "83.33"),
  claim("completion", "gpbExpenditure", "1199.5", "1232", "97.36"),
  claim("completion", "item:2010301", "800", "820", "97.56"),
  claim("completion", "sangong.total", "20", "30", "66.67"),
  claim("change", "change:sangong.total", "20", "25", "20", { delta: w("-5"), direction: "decrease" }),
  claim("change", "change:sangong.reception.vsBudget", "3", "5", "40", { delta: w("-2"), direction: "decrease" }),
  claim("change", "change:operatingExpenses", "100", "90", "11.11", { delta: w("10"), direction: "increase" }),
];

const withClaims = (mutate: (claims: Claim[]) => void = () => {}) => (r: ParsedReport) => {
  r.claims = extractorClaims();
  mutate(r.claims);
};

const at = (claims: Claim[], subject: string): Claim => {
  const found = claims.find((c) => c.subject === subject);
  if (!found) throw new Error(subject);
  return found;
};

describe("claims with the narrative extractor's structured subjects", () => {
  test("a consistent narrative gives no findings", () => {
    expect(validateReport(makeReport(withClaims()))).toEqual([]);
  });

  test.each<[string, string, Severity, (claims: Claim[]) => void]>([
    ["收入合计 restated wrong", "N.totals-vs-tables", "error", (c) => { Object.assign(at(c, "change:incomeTotal"), { amount: w("1250"), base: w("1050") }); }],
    ["share base restated wrong", "N.totals-vs-tables", "error", (c) => { Object.assign(at(c, "share.expenditureTotal:基本支出"), { base: w("1250"), statedPct: "80" }); }],
    ["share over the table's denominator misstated", "N.share-recompute", "error", (c) => { at(c, "share.incomeTotal:财政拨款收入").statedPct = "98.5"; }],
    ["类 amount ≠ table 05", "N.totals-vs-tables", "error", (c) => { Object.assign(at(c, "share.gpbExpenditure:一般公共服务（类）支出"), { amount: w("990"), statedPct: "82.53" }); }],
    ["政府性基金 stated non-zero while 04 is blank", "N.totals-vs-tables", "error", (c) => { Object.assign(at(c, "change:governmentFund"), { amount: w("5"), base: w("5") }); }],
    ["item by code ≠ table 05", "N.item-actual-vs-T05", "error", (c) => { Object.assign(at(c, "item:2010301"), { amount: w("810"), statedPct: "98.78" }); }],
    ["三公 决算 ≠ table 09", "N.sangong-vs-T09", "error", (c) => { Object.assign(at(c, "sangong.total"), { amount: w("22"), statedPct: "73.33" }); }],
    ["接待 vs budget: budget ≠ table 09", "N.sangong-vs-T09", "error", (c) => { Object.assign(at(c, "change:sangong.reception.vsBudget"), { base: w("6"), delta: w("-3"), statedPct: "50" }); }],
  ])("%s → %s %s", (_name, rule, severity, mutate) => {
    expect(summary(byRule(validateReport(makeReport(withClaims(mutate))), rule))).toContain(`${rule}:${severity}`);
  });

  test.each([
    ["change:incomeTotal", { key: "incomeTotal", vsBudget: false }, "收入合计"],
    ["change:sangong.total.vsBudget", { key: "sangong.total", vsBudget: true }, "“三公”经费（与预算比较）"],
    ["share.incomeTotal:财政拨款收入", { baseKey: "incomeTotal", label: "财政拨款收入" }, "财政拨款收入"],
    ["item:2010301", { item: "2010301" }, "项 2010301"],
    ["gpbExpenditure", { key: "gpbExpenditure" }, "一般公共预算财政拨款支出"],
    ["公务接待费", { key: null, label: "公务接待费" }, "公务接待费"],
  ])("reads subject %s", (subject, topic, name) => {
    expect(readSubject(subject)).toMatchObject(topic);
    expect(subjectName(subject)).toBe(name);
  });
});
