import "server-only";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import { parseAttentionOverrides, resolveAttentionThresholds, type AttentionThresholdOverrides, type AttentionThresholds } from "../../settings/attention";

export const ATTENTION_SETTING = "attentionThresholds";

export interface AttentionSettings {
  /** In force for every viewer: lib/settings/attention.ts with the admin's stored override applied. */
  thresholds: AttentionThresholds;
  /** The stored override itself, for an admin's settings form; null for everyone else. */
  overrides: AttentionThresholdOverrides | null;
}

export async function getAttentionSettings(viewer: Viewer): Promise<AttentionSettings> {
  const prisma = await getPrisma();
  const stored = (await prisma.setting.findUnique({ where: { key: ATTENTION_SETTING } }))?.value ?? null;
  return { thresholds: resolveAttentionThresholds(stored), overrides: viewer.role === "admin" ? parseAttentionOverrides(stored) : null };
}
