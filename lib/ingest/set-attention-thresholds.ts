import "server-only";
import { getPrisma } from "../db/client";
import { recordAudit } from "../auth/audit";
import { ATTENTION_SETTING } from "../queries/settings/get-attention-thresholds";
import type { AttentionThresholdOverrides } from "../settings/attention";

/**
 * The admin's 需关注 thresholds (any subset of lib/settings/attention.ts, validated by the route), or null to go back to
 * the defaults; an empty override is the same as none. Audited.
 */
export async function setAttentionThresholds(overrides: AttentionThresholdOverrides | null, actor: { name: string; ip?: string }): Promise<void> {
  const value = overrides === null || Object.keys(overrides).length === 0 ? null : JSON.stringify(overrides);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    if (value === null) await tx.setting.deleteMany({ where: { key: ATTENTION_SETTING } });
    else {
      await tx.setting.upsert({
        where: { key: ATTENTION_SETTING },
        create: { key: ATTENTION_SETTING, value, updatedBy: actor.name },
        update: { value, updatedBy: actor.name },
      });
    }
    await recordAudit(tx, { actor: actor.name, action: "setting_attention", target: value ?? "（默认）", ip: actor.ip });
  });
}
