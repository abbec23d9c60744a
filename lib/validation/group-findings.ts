import { Decimal } from "@/lib/money";

/** What grouping needs of a finding (the parse contract's Finding and the stored FindingRow both fit). */
export interface GroupableFinding {
  rule: string;
  severity: "error" | "warning" | "info";
  expected: string | null;
  actual: string | null;
}

/** Rules whose expected/actual are percentages; every other numeric pair is an amount in 元. */
const PCT_RULES = new Set(["N.share-recompute", "N.change-recompute", "N.completion-recompute", "N.item-rate-vs-T05", "N.performance-rate", "E.execution-rate"]);

export interface RoundingGroup<T> {
  items: T[];
  /** The largest difference, rounded up to two decimals: 万元 for amounts, 个百分点 for percentages. */
  max: string;
}

/** A report's findings as a reader takes them in: problems first, rounding tails as one line each, the rest below. */
export interface FindingGroups<T> {
  errors: T[];
  warnings: T[];
  /** 尾差: two printed amounts within rounding of each other. */
  amountTails: RoundingGroup<T> | null;
  /** Stated percentages within rounding of the recomputed one. */
  pctTails: RoundingGroup<T> | null;
  /** Checks that could not run (a table or figure missing). */
  notRun: T[];
  /** Other notes (e.g. a 项 outside 90–110% with the reason the report gives). */
  notes: T[];
}

const numeric = (value: string | null): Decimal | null => (value !== null && /^-?\d+(\.\d+)?$/.test(value) ? new Decimal(value) : null);

function tails<T>(items: Array<{ item: T; diff: Decimal }>, scale: Decimal): RoundingGroup<T> | null {
  if (items.length === 0) return null;
  const max = Decimal.max(...items.map((t) => t.diff)).dividedBy(scale);
  return { items: items.map((t) => t.item), max: max.toDecimalPlaces(2, Decimal.ROUND_UP).toFixed(2) };
}

export function groupFindings<T extends GroupableFinding>(findings: ReadonlyArray<T>): FindingGroups<T> {
  const amounts: Array<{ item: T; diff: Decimal }> = [];
  const pcts: Array<{ item: T; diff: Decimal }> = [];
  const notRun: T[] = [];
  const notes: T[] = [];
  for (const f of findings) {
    if (f.severity !== "info") continue;
    const expected = numeric(f.expected);
    const actual = numeric(f.actual);
    if (expected !== null && actual !== null) {
      (PCT_RULES.has(f.rule) ? pcts : amounts).push({ item: f, diff: expected.minus(actual).abs() });
    } else if (f.expected === null && f.actual === null) notRun.push(f);
    else notes.push(f);
  }
  return {
    errors: findings.filter((f) => f.severity === "error"),
    warnings: findings.filter((f) => f.severity === "warning"),
    amountTails: tails(amounts, new Decimal(10000)),
    pctTails: tails(pcts, new Decimal(1)),
    notRun,
    notes,
  };
}
