import { describe, expect, test } from "vitest";
import { EXECUTION_BAND } from "@/lib/settings/execution-band";
import { ATTENTION_THRESHOLDS_SCHEMA, resolveAttentionThresholds } from "@/lib/settings/attention";

describe("需关注 overrides", () => {
  test("materiality values are overridable; the rest keep their defaults", () => {
    const t = resolveAttentionThresholds(JSON.stringify({ sangongGrowthMinWan: 10 }));
    expect(t.sangongGrowthMinWan).toBe(10);
    expect(t.executionLowPct).toBe(EXECUTION_BAND.lowPct);
  });

  test("the execution band is not: the charts colour by the same band, so an override would make list and charts disagree", () => {
    expect(ATTENTION_THRESHOLDS_SCHEMA.safeParse({ executionLowPct: 85 }).success).toBe(false);
    const t = resolveAttentionThresholds(JSON.stringify({ executionLowPct: 85, executionHighPct: 120 }));
    expect([t.executionLowPct, t.executionHighPct]).toEqual([EXECUTION_BAND.lowPct, EXECUTION_BAND.highPct]);
  });
});
