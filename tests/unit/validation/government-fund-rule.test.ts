import { describe, expect, test } from "vitest";
import type { ParsedReport } from "@/lib/parsers/contract";
import { validateReport } from "@/lib/validation";
import { byRule, summary } from "./helpers";
import { makeReport, w } from "./make-report";

const RULE = "N.government-fund-vs-T07";
type Case = [name: string, mutate: (r: ParsedReport) => void, expected: string[]];

const withTable = (r: ParsedReport, total: string | null, income: string | null) => {
  r.governmentFundTable = { empty: false, statement: null, total, income };
};

const cases: Case[] = [
  ["stated none, empty table", (r) => {
    r.governmentFundTable.total = "0.00";
    r.governmentFundStated = { income: "0.00", expenditure: "0.00" };
  }, []],
  ["stated none, table prints spending", (r) => {
    withTable(r, w("35"), w("35"));
    r.governmentFundStated = { income: "0.00", expenditure: "0.00" };
  }, [`${RULE}:error`, `${RULE}:error`]],
  ["stated amounts agree", (r) => {
    withTable(r, w("118"), w("120.5"));
    r.governmentFundStated = { income: w("120.5"), expenditure: w("118") };
  }, []],
  ["stated spending off by a rounding unit", (r) => {
    withTable(r, w("118"), null);
    r.governmentFundStated = { income: null, expenditure: w("118.01") };
  }, [`${RULE}:info`]],
  ["stated spending contradicts the table", (r) => {
    withTable(r, w("118"), null);
    r.governmentFundStated = { income: null, expenditure: w("181") };
  }, [`${RULE}:error`]],
  ["table's 合计 doubtful (null): no comparison", (r) => {
    withTable(r, null, null);
    r.governmentFundStated = { income: w("1"), expenditure: w("1") };
  }, [`${RULE}:info`]],
  ["说明 silent: no comparison", (r) => {
    withTable(r, w("118"), w("120"));
    delete r.governmentFundStated;
  }, [`${RULE}:info`]],
];

describe(RULE, () => {
  test.each(cases)("%s", (_name, mutate, expected) => {
    expect(summary(byRule(validateReport(makeReport(mutate)), RULE))).toEqual(expected);
  });

  test("an error quotes both figures and points at the 说明's sentence", () => {
    const [finding] = byRule(validateReport(makeReport((r) => {
      withTable(r, w("118"), null);
      r.governmentFundStated = { income: null, expenditure: w("181") };
      r.sources["governmentFundStated.expenditure"] = { page: 30, line: 4 };
    })), RULE);
    expect(finding).toMatchObject({ severity: "error", expected: w("118"), actual: w("181"), location: { page: 30, line: 4 } });
    expect(finding?.message).toContain("07表合计 118.00万元，说明所述 181.00万元");
  });
});
