import type { EconomicLine, Finding, ParsedReport } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { compareAmounts } from "../amount-finding";
import { at, finding, skipped, type RuleContext } from "../context";
import { formatWanUnit } from "@/lib/figures/format";
import { sumColumn } from "../function-lines";
import { TABLE_06, TABLE_09 } from "../tables";

/** T06.class-equals-items: an economic class row (301, 302 …) = Σ its printed detail rows (30101 …). */
export function checkT06ClassesVsItems(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "T06.class-equals-items";
  const lines = report.economic.lines;
  const classes = lines.filter((l) => l.code.length === 3 && l.amount !== null);
  const compared = classes.flatMap((parent) => {
    const items = lines.filter((l) => l.code.length === 5 && l.code.startsWith(parent.code));
    const { sum, present } = sumColumn(items, (l) => l.amount);
    if (present === 0) return [];
    return [
      compareAmounts(ctx, {
        rule,
        subject: `${TABLE_06} ${parent.code} ${parent.name}`,
        expectedLabel: "明细合计",
        expected: sum,
        actualLabel: "类行",
        actual: new Decimal(parent.amount ?? 0),
        addends: present,
        location: at(parent.location, TABLE_06, `${parent.code} ${parent.name}`, "决算数"),
      }),
    ];
  });
  return compared.length === 0 ? [skipped(rule, `${TABLE_06} 各类与明细`, "同时列出类行与明细行的经济科目")] : compared.flat();
}

const BASIC_VS_SANGONG: ReadonlyArray<{ code: string; item: "reception" | "vehicleOperation"; label: string }> = [
  { code: "30217", item: "reception", label: "公务接待费" },
  { code: "30231", item: "vehicleOperation", label: "公务用车运行维护费" },
];

/**
 * X.T06-vs-T09-sangong: 06 holds basic expenditure only, the 三公 table basic and project spending of 财政拨款, so
 * 30217 公务接待费 and 30231 公务用车运行维护费 should not exceed the 三公 actuals. More is likely a mislabelled line
 * or a 三公 figure that leaves something out: a warning, never an error (the two tables cover different money).
 */
export function checkT06VsSangong(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "X.T06-vs-T09-sangong";
  return BASIC_VS_SANGONG.flatMap(({ code, item, label }) => {
    const line: EconomicLine | undefined = report.economic.lines.find((l) => l.code === code);
    const sangong = report.sangong.actual[item];
    const what = `${TABLE_06} ${code} ${label}与${TABLE_09}`;
    if (!line || line.amount === null) return [skipped(rule, what, `06表${code}行`)];
    if (sangong === null || sangong === undefined) return [skipped(rule, what, `09表${label}决算数`)];
    const basic = new Decimal(line.amount);
    const excess = basic.minus(sangong);
    const tolerance = new Decimal(ctx.options.perAddendTolerance).times(2).times(ctx.unitFactor);
    if (excess.lte(tolerance)) return [];
    return [
      finding(
        rule,
        "warning",
        `${what}：06表基本支出中${label} ${formatWanUnit(basic)}，超过09表${label}决算数 ${formatWanUnit(sangong)}（09表含基本和项目支出，不应更少），相差 ${formatWanUnit(excess)}`,
        sangong,
        basic.toFixed(2),
        at(line.location, TABLE_06, `${code} ${label}`, "决算数"),
      ),
    ];
  });
}
