import { NextResponse } from "next/server";
import { z } from "zod";
import { badRequest } from "@/lib/api/errors";
import { route } from "@/lib/api/route";
import { setAttentionThresholds } from "@/lib/ingest/set-attention-thresholds";
import { setHomeRegion } from "@/lib/ingest/set-home-region";
import { ATTENTION_THRESHOLDS_SCHEMA } from "@/lib/settings/attention";

export const runtime = "nodejs";

const Body = z
  .object({
    homeRegion: z.string().regex(/^\d{2,12}$/, "地区代码应为数字（如 310107）").nullable().optional(),
    attention: ATTENTION_THRESHOLDS_SCHEMA.nullable().optional(),
  })
  .refine((b) => b.homeRegion !== undefined || b.attention !== undefined, "请提供 homeRegion 或 attention");

/**
 * POST /api/admin/settings (admin): `{homeRegion: "310107" | null}` — the deployment's home region, null = default;
 * `{attention: {sangongGrowthMinWan: 10, …} | null}` — the 需关注 thresholds that differ from lib/settings, null = defaults.
 */
export const POST = route({ auth: "admin", body: Body }, async ({ body, actor, ip }) => {
  const summaries: string[] = [];
  if (body.homeRegion !== undefined) {
    await setHomeRegion(body.homeRegion, { name: actor.name, ip }).catch((error: unknown) => {
      throw badRequest(error instanceof Error ? error.message : "无法设置本级地区");
    });
    summaries.push(body.homeRegion === null ? "已恢复默认本级地区" : `本级地区已设为 ${body.homeRegion}`);
  }
  if (body.attention !== undefined) {
    await setAttentionThresholds(body.attention, { name: actor.name, ip });
    summaries.push(body.attention === null ? "需关注标准已恢复默认" : "需关注标准已保存");
  }
  return NextResponse.json({ summary: summaries.join("；") });
});
