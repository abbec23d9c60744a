import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { GUEST_VIEWER, LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setAttentionThresholds } from "@/lib/ingest/set-attention-thresholds";
import { getAttentionSettings } from "@/lib/queries/settings/get-attention-thresholds";
import { ATTENTION_THRESHOLDS } from "@/lib/settings/attention";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

describe(`需关注 thresholds set by an admin (${dbLabel})`, () => {
  let db: Database;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase());
    setProcessDatabase(db);
  });
  afterAll(async () => cleanup());

  test("defaults until an admin stores an override; every viewer gets the values in force, only an admin sees the override; audited", async () => {
    expect(await getAttentionSettings(LOCAL_VIEWER)).toEqual({ thresholds: ATTENTION_THRESHOLDS, overrides: null });
    await setAttentionThresholds({ sangongGrowthMinWan: 20, pageSize: 10 }, { name: "admin" });
    const forAdmin = await getAttentionSettings(LOCAL_VIEWER);
    expect(forAdmin.thresholds).toEqual({ ...ATTENTION_THRESHOLDS, sangongGrowthMinWan: 20, pageSize: 10 });
    expect(forAdmin.overrides).toEqual({ sangongGrowthMinWan: 20, pageSize: 10 });
    expect(await getAttentionSettings(GUEST_VIEWER)).toEqual({ thresholds: forAdmin.thresholds, overrides: null });
    await setAttentionThresholds(null, { name: "admin" });
    expect((await getAttentionSettings(LOCAL_VIEWER)).thresholds).toEqual(ATTENTION_THRESHOLDS);
    const audit = await db.prisma.auditEvent.findMany({ where: { action: "setting_attention" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.target)).toEqual(['{"sangongGrowthMinWan":20,"pageSize":10}', "（默认）"]);
  });
});
