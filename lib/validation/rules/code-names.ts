import type { Finding, Location, ParsedReport } from "@/lib/parsers/contract";
import { functionClass } from "@/lib/domain/function-classes";
import { functionCodeName, normalizeFunctionName } from "@/lib/domain/function-codes";
import { at, finding, skipped, type RuleContext } from "../context";
import { TABLE_02, TABLE_03, TABLE_05 } from "../tables";

/** A wrapped cell can lose its tail ("政府办公厅（室）及相关" …): a long enough prefix of the right name is not a slip. */
const MIN_PREFIX = 4;

function agrees(printed: string, catalogue: string): boolean {
  const a = normalizeFunctionName(printed);
  const b = normalizeFunctionName(catalogue);
  return a === b || (a.length >= MIN_PREFIX && b.startsWith(a));
}

const catalogueName = (code: string): string | null => (code.length === 3 ? (functionClass(code)?.name ?? null) : functionCodeName(code));

/** C.code-name: a 类/款/项 code printed with a name the national catalogue gives to another code; unknown codes pass. */
export function checkCodeNames(report: ParsedReport, _ctx: RuleContext): Finding[] {
  const rule = "C.code-name";
  const tables: Array<{ table: string; lines: ReadonlyArray<{ code: string; name: string; location: Location }> }> = [
    { table: TABLE_02, lines: report.incomeByFunction },
    { table: TABLE_03, lines: report.expenditureByFunction },
    { table: TABLE_05, lines: report.gpbExpenditureByFunction },
  ];
  const all = tables.flatMap(({ table, lines }) => lines.map((line) => ({ table, line })));
  if (all.length === 0) return [skipped(rule, "功能分类科目编码与名称", "02/03/05表的科目行")];
  const seen = new Set<string>();
  return all.flatMap(({ table, line }) => {
    const expected = catalogueName(line.code);
    const key = `${line.code}|${normalizeFunctionName(line.name)}`;
    if (expected === null || agrees(line.name, expected) || seen.has(key)) return [];
    seen.add(key);
    return [
      finding(
        rule,
        "warning",
        `${table} 科目 ${line.code} 印为“${line.name}”，全国统一科目名称为“${expected}”`,
        expected,
        line.name,
        at(line.location, table, `${line.code} ${line.name}`, "科目名称"),
      ),
    ];
  });
}
