import { Decimal, parseAmount, type MoneyUnit } from "@/lib/money";
import type { FunctionLevel, Location, Unread } from "@/lib/parsers/contract";
import type { DocLine } from "@/lib/parsers/document";
import type { AssignOptions, Cells } from "@/lib/parsers/tables/assign-columns";
import { budgetGroupColumns } from "@/lib/parsers/tables/budget-columns";
import { restoreCodeLevels } from "@/lib/parsers/tables/code-levels";
import { buildCodeRows, extendBodyStart, firstBodyIndex } from "@/lib/parsers/tables/code-rows";
import type { TableSection } from "@/lib/parsers/tables/find-tables";
import { bestReading } from "@/lib/parsers/tables/reread-rows";
import { declaredColumnCount, findColumns, withHints, type Column, type ColumnSpec } from "@/lib/parsers/tables/header-columns";
import { amountOf, compact, locationOf } from "@/lib/parsers/tables/tokens";

export interface ParsedCodeRow {
  code: string | null;
  name: string;
  level: FunctionLevel | null;
  /** Column key → value in 元; null for a blank or an unreadable cell. */
  values: Record<string, Decimal | null>;
  location: Location;
}

export interface ParsedCodeTable {
  columns: Column[];
  rows: ParsedCodeRow[];
  /** The 合计 row, wherever it is printed (first or last). */
  total: ParsedCodeRow | null;
  unread: Unread[];
}

export const INCOME_COLUMNS: ReadonlyArray<ColumnSpec> = [
  { key: "total", synonyms: ["本年收入合计", "收入合计", "合计", "小计"] },
  { key: "fiscal", synonyms: ["财政拨款收入", "财政拨款"] },
  { key: "superior", synonyms: ["上级补助收入"], hints: ["上级补助"] },
  { key: "business", synonyms: ["事业收入"], hints: ["事业"] },
  { key: "operating", synonyms: ["经营收入"], hints: ["经营"] },
  { key: "subsidiary", synonyms: ["附属单位上缴收入"], hints: ["附属单位上缴", "附属单位"] },
  { key: "other", synonyms: ["其他收入"], hints: ["其他"] },
];

export const EXPENDITURE_COLUMNS: ReadonlyArray<ColumnSpec> = [
  { key: "total", synonyms: ["本年支出合计", "支出合计", "合计", "小计"] },
  { key: "basic", synonyms: ["基本支出"] },
  { key: "project", synonyms: ["项目支出"] },
  { key: "remitted", synonyms: ["上缴上级支出"], hints: ["上缴上级", "上缴"] },
  { key: "operating", synonyms: ["经营支出"], hints: ["经营"] },
  { key: "subsidiary", synonyms: ["对附属单位补助支出"], hints: ["对附属单位补助", "对附属单位", "附属单位补助"] },
];

/** Table 05 as some provinces print it: 年初预算 and 全年预算 (调整预算) columns beside the 决算 合计/基本/项目. */
export const GPB_COLUMNS: ReadonlyArray<ColumnSpec> = [
  ...EXPENDITURE_COLUMNS,
  { key: "budgetInitial", synonyms: ["年初预算数", "年初预算"], inTotal: false },
  { key: "budgetFull", synonyms: ["全年预算数", "全年预算", "调整后预算数", "调整预算数", "调整预算"], inTotal: false },
  {
    key: "ratePct",
    synonyms: ["全年预算执行率", "年初预算执行率", "预算执行率", "预算完成率", "执行率", "完成率"],
    inTotal: false,
    percent: true,
  },
];

const LEVELS: Record<number, FunctionLevel> = { 3: "类", 5: "款", 7: "项" };

/**
 * A repeated header after a page break (the table continued on the next page) would otherwise read as name
 * fragments or even a second 合计 row; a block of lines between a page change and the next code row that mentions
 * a column word is dropped.
 */
function dropRepeatedHeaders(body: ReadonlyArray<DocLine>, specs: ReadonlyArray<ColumnSpec>): DocLine[] {
  const words = specs.flatMap((s) => s.synonyms).filter((w) => w.length >= 4);
  const out: DocLine[] = [];
  let i = 0;
  while (i < body.length) {
    const line = body[i];
    if (!line) break;
    const previous = out[out.length - 1];
    if (previous && line.page !== previous.page) {
      let end = i;
      while (end < body.length && firstBodyIndex(body.slice(end, end + 1)) !== 0) end += 1;
      const block = compact(body.slice(i, end).map((l) => l.text).join(""));
      if (block.includes("栏次") || words.some((w) => block.includes(w))) {
        i = end;
        if (body[i] && compact(body[i]?.cells[0]?.text ?? "") === "合计" && out.some((l) => l.text.startsWith("合计"))) {
          i += 1;
        }
        continue;
      }
    }
    out.push(line);
    i += 1;
  }
  return out;
}

export function parseCodeTable(
  section: TableSection,
  specs: ReadonlyArray<ColumnSpec>,
  unit: MoneyUnit,
  constraints: Omit<AssignOptions, "unit"> = {},
): ParsedCodeTable {
  const unread: Unread[] = [];
  const start = extendBodyStart(section.lines, firstBodyIndex(section.lines));
  const header = section.lines.slice(0, start);
  const named = findColumns(header, specs);
  const grouped = specs.some((s) => s.key === "budgetInitial") ? budgetGroupColumns(header) : null;
  const rates = named.filter((c) => c.percent === true);
  // Without positions a rate column is taken as the last (where 05 tables print 执行率): its header word sits on the
  // first header line, before the 决算 sub-columns of the second.
  const ordered = rates.length > 0 && rates.some((c) => c.x0 === undefined) ? [...named.filter((c) => c.percent !== true), ...rates] : named;
  let columns = grouped ? [...grouped, ...rates] : ordered;
  const declared = declaredColumnCount(header);
  if (columns.length === 0) {
    unread.push({ section: section.label, reason: "表头中未找到金额列名称", location: locationOf(section.titleLine, section.id) });
    return { columns, rows: [], total: null, unread };
  }
  const body = dropRepeatedHeaders(section.lines.slice(start), specs);
  const options = { unit, ...constraints };
  const restored = restoreCodeLevels(body, unit);
  let asBuilt = buildCodeRows(body);
  let reading = bestReading(asBuilt, columns, options, restored !== null);
  if (restored !== null && reading.doubt > 0) {
    // Codes restored from their structure (a 类 printed by name only, codes without their parents' digits).
    const rebuilt = buildCodeRows(restored);
    const alternative = bestReading(rebuilt, columns, options, true);
    if (alternative.doubt < reading.doubt) {
      reading = alternative;
      asBuilt = rebuilt;
    }
  }
  if (reading.doubt > 0) {
    // A column the header names in other words ("上缴上级" for 上缴上级支出): kept only if the table then holds together.
    const wider = findColumns(header, withHints(specs));
    const alternative = wider.length > columns.length ? bestReading(asBuilt, wider, options) : null;
    if (alternative && alternative.doubt < reading.doubt) {
      reading = alternative;
      columns = wider;
    }
  }
  if (declared !== null && declared !== columns.length) {
    unread.push({
      section: section.label,
      reason: `栏次标明 ${declared} 列，表头识别出 ${columns.length} 列（${columns.map((c) => c.label).join("、")}）`,
      location: locationOf(section.titleLine, section.id),
    });
  }
  const { rows: built, assignments } = reading;
  const moneyScale = parseAmount("1", unit) ?? new Decimal(1);

  const rows: ParsedCodeRow[] = [];
  let total: ParsedCodeRow | null = null;
  built.forEach((row, i) => {
    const assignment = assignments[i];
    const rowLabel = row.code ? `${row.code} ${row.name}` : row.name;
    const location = locationOf(row.line, section.id, { row: rowLabel });
    let cells: Cells | null = assignment?.cells ?? null;
    if (cells === null) {
      unread.push({ section: section.label, reason: `${rowLabel}：${assignment?.reason ?? "无法读取"}`, location });
      const first = row.values[0];
      cells = columns.map((c, index) => (index === 0 && c.key === "total" && first ? amountOf(first, unit) : null));
    }
    const values: Record<string, Decimal | null> = {};
    columns.forEach((column, index) => {
      const cell = cells?.[index] ?? null;
      // Cells are scaled as money; a rate is kept as printed (percent).
      values[column.key] = column.percent === true && cell !== null ? cell.dividedBy(moneyScale) : cell;
    });
    const parsed: ParsedCodeRow = {
      code: row.code,
      name: row.name,
      level: row.code ? (LEVELS[row.code.length] ?? null) : null,
      values,
      location,
    };
    if (row.code === null) total = total ?? parsed;
    else rows.push(parsed);
  });
  return { columns, rows, total, unread };
}
