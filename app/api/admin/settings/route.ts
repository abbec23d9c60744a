import { NextResponse } from "next/server";
import { z } from "zod";
import { badRequest } from "@/lib/api/errors";
import { route } from "@/lib/api/route";
import { setHomeRegion } from "@/lib/ingest/set-home-region";

export const runtime = "nodejs";

const Body = z.object({ homeRegion: z.string().regex(/^\d{2,12}$/, "地区代码应为数字（如 310107）").nullable() });

/** POST /api/admin/settings (admin) `{homeRegion: "310107" | null}` — the deployment's home region; null = default. */
export const POST = route({ auth: "admin", body: Body }, async ({ body, actor, ip }) => {
  await setHomeRegion(body.homeRegion, { name: actor.name, ip }).catch((error: unknown) => {
    throw badRequest(error instanceof Error ? error.message : "无法设置本级地区");
  });
  return NextResponse.json({ summary: body.homeRegion === null ? "已恢复默认本级地区" : `本级地区已设为 ${body.homeRegion}` });
});
