import { Decimal, type MoneyUnit } from "@/lib/money";
import { amountOf, type Token } from "@/lib/parsers/tables/tokens";

export type SangongItem = "total" | "outbound" | "vehicleSubtotal" | "vehiclePurchase" | "vehicleOperation" | "reception";
export type ExtraItem = "meeting" | "training";
export type Item = SangongItem | ExtraItem;
export type SideValues = Partial<Record<Item, Decimal | null>>;

/** Column order of one 三公 row: all of one side then the other (grouped), or both sides per item (interleaved). */
export interface Layout {
  interleaved: boolean;
  budgetFirst: boolean;
}

export interface Placement {
  budget: SideValues;
  actual: SideValues;
}

/** More blanks than this in one row and the combinations say nothing any more: the row is left unread. */
const MAX_BLANKS = 6;

function sideOf(items: ReadonlyArray<Item>, slots: ReadonlyArray<Token | null>, layout: Layout, unit: MoneyUnit): Placement {
  const budget: SideValues = {};
  const actual: SideValues = {};
  items.forEach((item, i) => {
    const [first, second] = layout.interleaved ? [slots[2 * i], slots[2 * i + 1]] : [slots[i], slots[items.length + i]];
    const a = first ? amountOf(first, unit) : null;
    const b = second ? amountOf(second, unit) : null;
    budget[item] = layout.budgetFirst ? a : b;
    actual[item] = layout.budgetFirst ? b : a;
  });
  return { budget, actual };
}

/** Half a unit of the last printed digit, in 元: the rounding one printed addend can carry. */
export function halfUnit(tokens: ReadonlyArray<Token>, unit: MoneyUnit): Decimal {
  const decimals = Math.max(0, ...tokens.map((t) => (/\.(\d+)$/.exec(t.text)?.[1]?.length ?? 0)));
  return new Decimal(5).times(new Decimal(10).pow(-decimals - 1)).times(unit === "万元" ? 10000 : 1);
}

/**
 * total = 出国 + 用车小计 + 接待 (some tables count 会议费/培训费 in the total too) and 小计 = 购置 + 运行, each within the
 * rounding of its printed addends. A blank counts as 0. Without a total column nothing can be checked: false.
 */
export function sideHolds(side: SideValues, items: ReadonlyArray<Item>, half: Decimal): boolean {
  const v = (item: Item): Decimal => side[item] ?? new Decimal(0);
  const close = (sum: Decimal, parts: Decimal[]): boolean =>
    sum.minus(parts.reduce((s, p) => s.plus(p), new Decimal(0))).abs().lte(half.times(parts.length));
  if (!items.includes("total")) return false;
  const hasSubtotal = items.includes("vehicleSubtotal");
  if (hasSubtotal && !close(v("vehicleSubtotal"), [v("vehiclePurchase"), v("vehicleOperation")])) return false;
  const vehicle = hasSubtotal ? [v("vehicleSubtotal")] : [v("vehiclePurchase"), v("vehicleOperation")];
  const core = [v("outbound"), ...vehicle, v("reception")];
  const extras = (["meeting", "training"] as const).filter((i) => items.includes(i)).map(v);
  return close(v("total"), core) || (extras.length > 0 && close(v("total"), [...core, ...extras]));
}

function* blankPositions(cells: number, blanks: number, from = 0): Generator<number[]> {
  if (blanks === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= cells - blanks; i += 1) {
    for (const rest of blankPositions(cells, blanks - 1, i + 1)) yield [i, ...rest];
  }
}

function key(p: Placement, items: ReadonlyArray<Item>): string {
  const text = (side: SideValues): string => items.map((i) => (side[i] ?? new Decimal(0)).toFixed(2)).join(",");
  return `${text(p.budget)}|${text(p.actual)}`;
}

export type PlacementResult =
  | { kind: "placed"; placement: Placement; checked: boolean }
  | { kind: "ambiguous"; readings: number }
  | { kind: "none" };

/**
 * Places the printed values of one row into the 2 × items cells. Every cell printed: the one reading (kept even when
 * the identities fail: then the printed figures themselves disagree). Blanks dropped by the extraction: every way of
 * putting the blanks back is tried and kept only if the identities hold; one distinct result is placed, several or
 * none leave the row unread. The other column order is tried only when the header's order accepts nothing.
 */
export function placeRow(
  values: ReadonlyArray<Token>,
  items: ReadonlyArray<Item>,
  layouts: ReadonlyArray<Layout>,
  unit: MoneyUnit,
  positioned: ReadonlyArray<Token | null> | null,
): PlacementResult {
  const cells = items.length * 2;
  const half = halfUnit(values, unit);
  const holds = (p: Placement): boolean => sideHolds(p.budget, items, half) && sideHolds(p.actual, items, half);
  const [primary] = layouts;
  if (!primary) return { kind: "none" };
  if (positioned) {
    const placement = sideOf(items, positioned, primary, unit);
    if (holds(placement) || values.length === cells) return { kind: "placed", placement, checked: holds(placement) };
  }
  if (values.length > cells) return { kind: "none" };
  if (values.length === cells) {
    for (const layout of layouts) {
      const placement = sideOf(items, values, layout, unit);
      if (holds(placement)) return { kind: "placed", placement, checked: true };
    }
    return { kind: "placed", placement: sideOf(items, values, primary, unit), checked: false };
  }
  const blanks = cells - values.length;
  if (blanks > MAX_BLANKS) return { kind: "none" };
  for (const layout of layouts) {
    const accepted = new Map<string, Placement>();
    for (const positions of blankPositions(cells, blanks)) {
      const slots: Array<Token | null> = [];
      let next = 0;
      for (let cell = 0; cell < cells; cell += 1) slots.push(positions.includes(cell) ? null : (values[next++] ?? null));
      const placement = sideOf(items, slots, layout, unit);
      if (holds(placement)) accepted.set(key(placement, items), placement);
    }
    const [only] = [...accepted.values()];
    if (accepted.size === 1 && only) return { kind: "placed", placement: only, checked: true };
    if (accepted.size > 1) return { kind: "ambiguous", readings: accepted.size };
  }
  return { kind: "none" };
}
