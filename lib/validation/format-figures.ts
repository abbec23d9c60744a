import { Decimal } from "@/lib/money";

/** 元 → "1,881.36" (万元, two decimals, thousands separators) for messages; messages always speak 万元. */
export function formatWan(yuan: Decimal | string): string {
  const wan = new Decimal(yuan).dividedBy(10000).toFixed(2, Decimal.ROUND_HALF_UP);
  const negative = wan.startsWith("-");
  const [intPart = "0", fraction = "00"] = (negative ? wan.slice(1) : wan).split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}.${fraction}`;
}

/** "1,881.36 万元" */
export function wan(yuan: Decimal | string): string {
  return `${formatWan(yuan)} 万元`;
}

/** A percentage for messages: the stated one keeps its printed digits, a recomputed one gets `decimals` digits. */
export function formatPct(value: Decimal | string, decimals?: number): string {
  const d = new Decimal(value);
  return `${decimals === undefined ? d.toString() : d.toFixed(decimals, Decimal.ROUND_HALF_UP)}%`;
}

/** Expected/actual fields carry 元 with two decimals. */
export function yuanString(yuan: Decimal): string {
  return yuan.toFixed(2, Decimal.ROUND_HALF_UP);
}
