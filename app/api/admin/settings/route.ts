import { NextResponse } from "next/server";
import { z } from "zod";
import { clientAddress, requestActor } from "@/lib/api/actor";
import { badRequest, handle } from "@/lib/api/errors";
import { getPrisma } from "@/lib/db/client";
import { setHomeRegion } from "@/lib/ingest/set-home-region";

export const runtime = "nodejs";

const Body = z.object({ homeRegion: z.string().regex(/^\d{2,12}$/, "地区代码应为数字（如 310107）").nullable() });

/** POST /api/admin/settings (admin) `{homeRegion: "310107" | null}` — the deployment's home region; null = default. */
export const POST = handle(async (request: Request) => {
  const actor = await requestActor(request, "admin");
  const body = Body.parse(await request.json().catch(() => null));
  try {
    await setHomeRegion(await getPrisma(), body.homeRegion, { name: actor.name, ip: clientAddress(request) });
  } catch (error) {
    throw badRequest(error instanceof Error ? error.message : "无法设置本级地区");
  }
  return NextResponse.json({ summary: body.homeRegion === null ? "已恢复默认本级地区" : `本级地区已设为 ${body.homeRegion}` });
});
