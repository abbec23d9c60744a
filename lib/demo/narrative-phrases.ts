import { pct, trimPct, wanProse, type WanCents } from "./units";

/** "增加 630.93 万元，增长 27.71%" / "减少 …，下降 …" / "持平", with the percentage optionally overridden (a mistake). */
export function changePhrase(current: WanCents, prior: WanCents, statedPct?: string | null, words: [string, string] = ["增长", "下降"]): string {
  const delta = current - prior;
  if (delta === 0) return "持平";
  const verb = delta > 0 ? "增加" : "减少";
  const rate = statedPct === undefined ? pct(Math.abs(delta), prior) : statedPct;
  const amount = `${verb} ${wanProse(Math.abs(delta))} 万元`;
  return rate === null ? amount : `${amount}，${delta > 0 ? words[0] : words[1]} ${trimPct(rate)}%`;
}

/** "占本年收入 99.98%"-style share, trimmed like the reports print it. */
export function sharePct(part: WanCents, base: WanCents): string {
  return trimPct(pct(part, base) ?? "0");
}

export function prose(value: WanCents): string {
  return `${wanProse(value)} 万元`;
}
