import type { Decimal, MoneyUnit } from "@/lib/money";
import type { Location, Unread } from "@/lib/parsers/contract";
import type { TableSection } from "@/lib/parsers/tables/find-tables";
import type { DocLine } from "@/lib/parsers/document";
import { amountOf, compact, hasPositions, locationOf, tokenize, type Token } from "@/lib/parsers/tables/tokens";

export type SangongItem = "total" | "outbound" | "vehicleSubtotal" | "vehiclePurchase" | "vehicleOperation" | "reception";
type ExtraItem = "meeting" | "training";
type Item = SangongItem | ExtraItem;

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

/**
 * 公开09表. Values are read in header order: grouped (all 预算数, then all 决算数) or interleaved (预算数/决算数 per
 * item), decided by how often 预算数 appears in the header. Values are only placed when every cell is printed: a row
 * with blanks would shift silently, so it is left unread. The identities are the validator's to check.
 */
export function parseSangongTable(section: TableSection, unit: MoneyUnit): SangongTable {
  const unread: Unread[] = [];
  const endAt = section.lines.findIndex((l) => END.test(compact(l.cells[0]?.text ?? "")));
  const tableLines = endAt < 0 ? section.lines : section.lines.slice(0, endAt);
  const statementLine = section.lines.find((l) => STATEMENT.test(compact(l.text)));
  const statement = statementLine ? statementLine.text.replace(/^说明[:：]\s*/, "").trim() : null;
  const tokens = tokenize(tableLines);
  // Integers count only on lines that also print amounts: a "1 2 3 … 12" column-number line is not data.
  const amountLines = new Set(tokens.filter((t) => t.kind === "amount").map((t) => t.line));
  const values: Token[] = tokens.filter(
    (t) => t.kind === "amount" || t.kind === "dash" || (t.kind === "int" && amountLines.has(t.line)),
  );
  const firstValueLine = values[0]?.line;
  const headerText = compact(tableLines.filter((l) => !firstValueLine || l.line < firstValueLine.line).map((l) => l.text).join(""));
  const headerLines = tableLines.filter((l) => !firstValueLine || l.line < firstValueLine.line);
  const items = positionedItems(headerLines) ?? headerItems(headerText);
  const interleaved = (headerText.match(/预算数?/g)?.length ?? 0) > 1;
  const budgetFirst = headerText.indexOf("预算") <= headerText.indexOf("决算") || headerText.indexOf("决算") < 0;
  const result: SangongTable = {
    budget: { values: {}, location: null },
    actual: { values: {}, location: null },
    empty: values.length === 0,
    statement,
    unread,
  };
  if (values.length === 0) return result;
  const location = locationOf(values[0]?.line ?? section.titleLine, section.id);
  const expected = items.length * 2;
  const slots = values.length === expected ? values : placeBySideHeaders(values, tableLines, expected);
  if (slots === null) {
    unread.push({
      section: section.label,
      reason: `读到 ${values.length} 个金额，表头有 ${expected} 个数值列（${items.length} 项 × 预算数/决算数），空白位置不明，未猜测`,
      location,
    });
    return result;
  }
  const budget: Partial<Record<Item, Decimal | null>> = {};
  const actual: Partial<Record<Item, Decimal | null>> = {};
  items.forEach((item, i) => {
    const [b, a] = interleaved ? [slots[2 * i], slots[2 * i + 1]] : [slots[i], slots[items.length + i]];
    const first = b ? amountOf(b, unit) : null;
    const second = a ? amountOf(a, unit) : null;
    budget[item] = budgetFirst ? first : second;
    actual[item] = budgetFirst ? second : first;
  });
  const pick = (side: Partial<Record<Item, Decimal | null>>): SangongSide["values"] => {
    const { meeting: _meeting, training: _training, ...rest } = side;
    return rest;
  };
  result.budget = { values: pick(budget), location: { ...location, column: "预算数" } };
  result.actual = { values: pick(actual), location: { ...location, column: "决算数" } };
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
