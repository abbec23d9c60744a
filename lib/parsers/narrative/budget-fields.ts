import { NUM, UNIT, pctText, regex, type NarrativeContext, type StatedAmount } from "./stated-amount";

export type BudgetBasis = "initial" | "full" | "unnamed";

/** The budget/actual/completion figures of one statement ("年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 Z%"). */
export interface BudgetFields {
  initial: StatedAmount | null;
  full: StatedAmount | null;
  /** "预算为 X" without 年初/全年: the 三公 template means the adjusted full-year budget. */
  unnamed: StatedAmount | null;
  actual: StatedAmount | null;
  pct: { value: string; basis: BudgetBasis; offset: number; text: string } | null;
  reason: string | null;
}

const INITIAL = regex(String.raw`年初预算(?:数)?(?:为|是)?(${NUM})(${UNIT})?`);
const FULL = regex(String.raw`(?:全年|调整后的?|调整)预算(?:数)?(?:为|是)?(${NUM})(${UNIT})?`);
const UNNAMED = regex(String.raw`(?<!年初|全年|调整|调整后|调整后的)预算(?:数)?(?:为|是)(${NUM})(${UNIT})?`);
const ACTUAL = regex(String.raw`(?:支出决算数?|决算支出|决算数|实际支出|执行数)(?:为|是)?(${NUM})(${UNIT})?`);
const COMPLETION = regex(String.raw`完成(年初|全年|调整后的?|调整)?预算(?:数)?的?(${NUM})%`);
const REASON = /主要原因(?:是|为)?[:,]?(.+?)(?:。|$)/;

function first(ctx: NarrativeContext, pattern: RegExp, segment: string, start: number): StatedAmount | null {
  pattern.lastIndex = 0;
  const match = pattern.exec(segment);
  if (!match?.[1]) return null;
  const numberAt = start + match.index + match[0].indexOf(match[1]);
  return ctx.amount(match[1], match[2], numberAt);
}

function basisOf(word: string | undefined): BudgetBasis {
  if (word === "年初") return "initial";
  if (word === undefined) return "unnamed";
  return "full";
}

/** Reads the fields of the text `segment`, which starts at absolute offset `start` of the joined narrative. */
export function readBudgetFields(ctx: NarrativeContext, segment: string, start: number): BudgetFields {
  COMPLETION.lastIndex = 0;
  const completion = COMPLETION.exec(segment);
  const pctValue = completion?.[2] ? pctText(completion[2]) : null;
  const reason = REASON.exec(segment)?.[1]?.trim() ?? null;
  return {
    initial: first(ctx, INITIAL, segment, start),
    full: first(ctx, FULL, segment, start),
    unnamed: first(ctx, UNNAMED, segment, start),
    actual: first(ctx, ACTUAL, segment, start),
    pct:
      completion && pctValue !== null
        ? { value: pctValue, basis: basisOf(completion[1]), offset: start + completion.index, text: completion[0] }
        : null,
    reason: reason === "" ? null : reason,
  };
}

/**
 * The completion claim of a statement: the stated rate against the budget it names. "完成年初预算的 X%" after
 * "年初预算为 0" keeps base 0 so the validator can flag the impossible ratio instead of the parser hiding it.
 */
export function pushCompletionClaim(ctx: NarrativeContext, subject: string, fields: BudgetFields, text: string): void {
  if (!fields.pct) return;
  const budget =
    fields.pct.basis === "initial"
      ? fields.initial
      : fields.pct.basis === "full"
        ? (fields.full ?? fields.unnamed)
        : (fields.unnamed ?? fields.full ?? fields.initial);
  ctx.claims.push({
    kind: "completion",
    subject,
    amount: fields.actual?.value ?? null,
    base: budget?.value ?? null,
    statedPct: fields.pct.value,
    direction: null,
    text,
    location: ctx.locate(fields.actual?.offset ?? fields.pct.offset),
  });
}
