import { Decimal, type MoneyUnit } from "@/lib/money";
import type { Location, Unread } from "@/lib/parsers/contract";
import type { TableSection } from "@/lib/parsers/tables/find-tables";
import type { DocLine } from "@/lib/parsers/document";
import { readSangongZero } from "@/lib/parsers/sangong-statement";
import { placeRow, type Item, type Layout, type SangongItem, type SideValues } from "@/lib/parsers/tables/sangong-placement";
import { compact, hasPositions, locationOf, tokenize, type Token } from "@/lib/parsers/tables/tokens";

export type { SangongItem };

export interface SangongSide {
  values: Partial<Record<SangongItem, Decimal | null>>;
  location: Location | null;
}

export interface SangongTable {
  budget: SangongSide;
  actual: SangongSide;
  /** True when the table prints no figure at all (a department without 三公 spending). */
  empty: boolean;
  statement: string | null;
  unread: Unread[];
}

const END = /^(注[:：]|说明[:：])/;
const STATEMENT = /(没有|无).*(三公|经费).*(支出|数据)|本表无数据/;

/** Top-level items in header order; the vehicle item expands to its sub-columns. Extra columns keep their place. */
function headerItems(header: string): Item[] {
  const marks: Array<{ at: number; items: Item[] }> = [];
  const find = (word: RegExp): number => header.search(word);
  const outbound = find(/因公出国/);
  const vehicle = find(/公务用车购置及运行/);
  const reception = find(/公务接待/);
  const meeting = find(/会议费/);
  const training = find(/培训费/);
  const total = find(/合计/);
  if (total >= 0) marks.push({ at: total, items: ["total"] });
  if (outbound >= 0) marks.push({ at: outbound, items: ["outbound"] });
  if (vehicle >= 0) {
    const sub: Item[] = header.includes("小计") ? ["vehicleSubtotal"] : [];
    marks.push({ at: vehicle, items: [...sub, "vehiclePurchase", "vehicleOperation"] });
  } else {
    const purchase = find(/公务用车购置费?/);
    const operation = find(/公务用车运行(维护)?费/);
    if (purchase >= 0) marks.push({ at: purchase, items: ["vehiclePurchase"] });
    if (operation >= 0) marks.push({ at: operation, items: ["vehicleOperation"] });
  }
  if (reception >= 0) marks.push({ at: reception, items: ["reception"] });
  if (meeting >= 0) marks.push({ at: meeting, items: ["meeting"] });
  if (training >= 0) marks.push({ at: training, items: ["training"] });
  return marks.sort((a, b) => a.at - b.at).flatMap((m) => m.items);
}

/** A row of values as printed, with the words before its first value ("合计", "本级", "XX分局"). */
interface ValueRow {
  label: string;
  values: Token[];
}

/** Lines of values, a line without its own label continuing the row above (a long row wrapped by the extraction). */
function valueRows(tokens: ReadonlyArray<Token>, cells: number, unit: MoneyUnit): ValueRow[] {
  const byLine = new Map<DocLine, Token[]>();
  for (const t of tokens) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
  const hasAmounts = tokens.some((t) => t.kind === "amount");
  const rows: ValueRow[] = [];
  for (const lineTokens of byLine.values()) {
    // Integers are amounts only beside decimals (or in a 元 table printed without decimals); "1 2 3 … 12" is 栏次.
    const ints = lineTokens.filter((t) => t.kind === "int");
    const isSequence = ints.length > 2 && ints.every((t, i) => t.text === String(i + 1));
    const lineHasAmount = lineTokens.some((t) => t.kind === "amount") || (!hasAmounts && unit === "元" && !isSequence && ints.length > 0);
    if (!lineHasAmount) continue;
    const values = lineTokens.filter((t) => t.kind === "amount" || t.kind === "dash" || t.kind === "int");
    const first = lineTokens.indexOf(values[0] as Token);
    const label = compact(lineTokens.slice(0, Math.max(0, first)).map((t) => t.text).join(""));
    const previous = rows[rows.length - 1];
    if (previous && label === "" && previous.values.length + values.length <= cells && previous.values.length < cells) {
      previous.values.push(...values);
    } else rows.push({ label, values });
  }
  return rows;
}

/** Several units in one table (本级 + 所属单位 rows): the 合计 row is the department's. */
function chooseRow(rows: ReadonlyArray<ValueRow>): ValueRow | null {
  if (rows.length === 1) return rows[0] ?? null;
  const totals = rows.filter((r) => /^(合计|总计)/.test(r.label));
  return totals.length === 1 ? (totals[0] ?? null) : null;
}

const ITEM_NAMES: Record<Item, string> = {
  total: "合计",
  outbound: "因公出国(境)费",
  vehicleSubtotal: "公务用车小计",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  reception: "公务接待费",
  meeting: "会议费",
  training: "培训费",
};

function zeroSide(items: ReadonlyArray<SangongItem>): SangongSide["values"] {
  return Object.fromEntries(items.map((i) => [i, new Decimal(0)]));
}

/**
 * 公开09表. The header gives the items and the column order (grouped: all 预算数 then all 决算数, in either order; or a
 * 预算数/决算数 pair per item). A row is only placed where the identities (合计 = 出国 + 用车小计 + 接待, 小计 = 购置 +
 * 运行) hold for both sides: with blank cells dropped by the extraction, every way of putting the blanks back is tried
 * and one distinct accepted reading is kept; none or several leave the table unread ("读取存疑"), never shifted.
 * "本年度没有“三公”经费支出，故本表无数据" is 0 for every item, stated.
 */
export function parseSangongTable(section: TableSection, unit: MoneyUnit): SangongTable {
  const unread: Unread[] = [];
  const endAt = section.lines.findIndex((l) => END.test(compact(l.cells[0]?.text ?? "")));
  const tableLines = endAt < 0 ? section.lines : section.lines.slice(0, endAt);
  const statementLine = section.lines.find((l) => STATEMENT.test(compact(l.text)));
  const statement = statementLine ? statementLine.text.replace(/^说明[:：]\s*/, "").trim() : null;
  const tokens = tokenize(tableLines);
  const firstValueLine = tokens.find((t) => t.kind === "amount")?.line;
  const headerLines = tableLines.filter((l) => !firstValueLine || l.line < firstValueLine.line || l.page < firstValueLine.page);
  const headerText = compact(headerLines.map((l) => l.text).join(""));
  const items = positionedItems(headerLines) ?? headerItems(headerText);
  const cells = items.length * 2;
  const rows = valueRows(tokens, cells, unit);
  const result: SangongTable = {
    budget: { values: {}, location: null },
    actual: { values: {}, location: null },
    empty: rows.length === 0,
    statement,
    unread,
  };
  if (rows.length === 0) {
    const zero = statement ? readSangongZero(statement) : null;
    if (zero && statementLine) {
      const where = locationOf(statementLine, section.id);
      const all: SangongItem[] = ["total", "outbound", "vehicleSubtotal", "vehiclePurchase", "vehicleOperation", "reception"];
      if (zero.actual) result.actual = { values: zeroSide(all), location: { ...where, column: "决算数" } };
      if (zero.budget) result.budget = { values: zeroSide(all), location: { ...where, column: "预算数" } };
    }
    return result;
  }
  const row = chooseRow(rows);
  const location = locationOf(row?.values[0]?.line ?? section.titleLine, section.id, row && row.label !== "" ? { row: row.label } : {});
  if (!row) {
    unread.push({ section: section.label, reason: `读取存疑：表中有 ${rows.length} 行金额（${rows.map((r) => r.label || "无名称").join("、")}），未找到唯一的合计行`, location });
    return result;
  }
  const interleaved = (headerText.match(/预算数?/g)?.length ?? 0) > 1;
  const budgetFirst = headerText.indexOf("预算") <= headerText.indexOf("决算") || headerText.indexOf("决算") < 0;
  const layouts: Layout[] = [
    { interleaved, budgetFirst },
    { interleaved: !interleaved, budgetFirst },
  ];
  const positioned = row.values.length < cells ? placeBySideHeaders(row.values, tableLines, cells) : null;
  const placed = placeRow(row.values, items, layouts, unit, positioned);
  if (placed.kind !== "placed") {
    const why = placed.kind === "ambiguous" ? `有 ${placed.readings} 种放法都满足恒等式` : "没有一种放法满足 合计 = 出国 + 用车小计 + 接待、小计 = 购置 + 运行";
    unread.push({
      section: section.label,
      reason: `读取存疑：读到 ${row.values.length} 个金额，表头有 ${cells} 个数值列（${items.map((i) => ITEM_NAMES[i]).join("、")} × 预算数/决算数），空白位置不明（${why}），未猜测`,
      location,
    });
    return result;
  }
  const pick = (side: SideValues): SangongSide["values"] => {
    const { meeting: _meeting, training: _training, ...rest } = side;
    return rest;
  };
  result.budget = { values: pick(placed.placement.budget), location: { ...location, column: "预算数" } };
  result.actual = { values: pick(placed.placement.actual), location: { ...location, column: "决算数" } };
  return result;
}

/**
 * Positioned input with blank cells: when the header prints one 预算数/决算数 cell per value column (the interleaved
 * layout), each value goes to the header cell it overlaps; a value that overlaps none leaves the table unread.
 */
function placeBySideHeaders(values: ReadonlyArray<Token>, lines: ReadonlyArray<DocLine>, expected: number): Array<Token | null> | null {
  if (!hasPositions(values)) return null;
  const headers = lines
    .flatMap((l) => l.cells)
    .filter((c) => /^(预算数?|决算数?)$/.test(compact(c.text)) && c.x0 !== undefined && c.x1 !== undefined)
    .sort((a, b) => (a.x0 ?? 0) - (b.x0 ?? 0));
  if (headers.length !== expected) return null;
  const slots: Array<Token | null> = headers.map(() => null);
  for (const token of values) {
    const index = headers.findIndex((h) => Math.min(token.x1 ?? 0, h.x1 ?? 0) - Math.max(token.x0 ?? 0, h.x0 ?? 0) >= 0);
    if (index < 0 || slots[index] !== null) return null;
    slots[index] = token;
  }
  return slots;
}

const LEAF_PATTERNS: ReadonlyArray<readonly [Item, RegExp]> = [
  ["total", /^合计$/],
  ["outbound", /因公出国/],
  ["vehicleSubtotal", /^小计$/],
  ["vehiclePurchase", /^(公务用车)?购置费$/],
  ["vehicleOperation", /^(公务用车)?运行(维护)?费$/],
  ["reception", /公务接待/],
  ["meeting", /会议费/],
  ["training", /培训费/],
];

/**
 * With positions the columns are ordered left to right by their own header cells; a spanning cell printed on an
 * earlier line ("公务用车购置及运行维护费" above 小计/购置费/运行费) must not decide the order.
 */
function positionedItems(header: ReadonlyArray<DocLine>): Item[] | null {
  const found: Array<{ item: Item; x: number }> = [];
  for (const cell of header.flatMap((l) => l.cells)) {
    if (cell.x0 === undefined) return null;
    const text = compact(cell.text);
    const match = LEAF_PATTERNS.find(([, pattern]) => pattern.test(text));
    if (match && !found.some((f) => f.item === match[0])) found.push({ item: match[0], x: cell.x0 });
  }
  if (found.length < 3) return null;
  return found.sort((a, b) => a.x - b.x).map((f) => f.item);
}
