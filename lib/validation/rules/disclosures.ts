import type { Finding, ParsedReport } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { at, finding, skipped, type RuleContext } from "../context";
import { formatWanUnit } from "@/lib/figures/format";
import { TABLE_07, TABLE_08, TABLE_09 } from "../tables";

/** D.empty-table-statement: an empty 政府性基金 / 国有资本经营 table must say so ("本部门无…"). */
export function checkEmptyTableStatements(report: ParsedReport, _ctx: RuleContext): Finding[] {
  const rule = "D.empty-table-statement";
  const tables = [
    { name: TABLE_07, table: report.governmentFundTable, subject: "政府性基金预算财政拨款收入支出" },
    { name: TABLE_08, table: report.stateCapitalTable, subject: "国有资本经营预算财政拨款支出" },
  ];
  return tables.flatMap(({ name, table, subject }) => {
    if (table.empty === null) return [skipped(rule, `${name} 是否为空表及说明`, "该表内容")];
    if (!table.empty) return [];
    if (table.statement !== null && table.statement.trim() !== "") return [];
    return [
      finding(
        rule,
        "warning",
        `${name} 为空表，但未说明“本部门无${subject}”`,
        `本部门无${subject}的说明`,
        null,
        at(null, name, null, null),
      ),
    ];
  });
}

/** D.sangong-counts: 公务接待 needs 批次 and 人次, 因公出国 needs 团组 and 人次, whenever money was spent. */
export function checkSangongCounts(report: ParsedReport, _ctx: RuleContext): Finding[] {
  const rule = "D.sangong-counts";
  const { actual, counts } = report.sangong;
  const items = [
    { label: "公务接待费", spent: actual.reception, needs: [["接待批次", counts.receptionBatches], ["接待人次", counts.receptionPeople]] as const },
    { label: "因公出国(境)费", spent: actual.outbound, needs: [["出国团组数", counts.outboundGroups], ["出国人次", counts.outboundPeople]] as const },
  ];
  return items.flatMap((item) => {
    if (item.spent === null) return [skipped(rule, `${item.label}的批次/人次说明`, `${item.label}决算数`)];
    if (new Decimal(item.spent).isZero()) return [];
    const missing = item.needs.filter(([, value]) => value === null).map(([label]) => label);
    if (missing.length === 0) return [];
    return [
      finding(
        rule,
        "warning",
        `${item.label}决算 ${formatWanUnit(item.spent)}，但说明中未给出${missing.join("和")}`,
        missing.join("、"),
        null,
        at(report.sources[`sangong.actual.${item.label === "公务接待费" ? "reception" : "outbound"}`], TABLE_09, item.label, "决算数"),
      ),
    ];
  });
}
