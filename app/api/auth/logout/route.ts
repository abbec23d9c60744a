import { NextResponse } from "next/server";
import { clientAddress, cookieFromHeader, requestActor } from "@/lib/api/actor";
import { handle } from "@/lib/api/errors";
import { recordAudit } from "@/lib/auth/audit";
import { SESSION_COOKIE } from "@/lib/auth/config";
import { clearSessionCookies } from "@/lib/auth/cookies";
import { deleteSession } from "@/lib/auth/sessions";
import { getPrisma } from "@/lib/db/client";

export const runtime = "nodejs";

/** POST /api/auth/logout (needs the CSRF token like every mutation). */
export const POST = handle(async (request: Request) => {
  const actor = await requestActor(request, "read");
  const token = cookieFromHeader(request.headers.get("cookie"), SESSION_COOKIE);
  const prisma = await getPrisma();
  if (token) await deleteSession(prisma, token);
  await recordAudit(prisma, { actor: actor.name, action: "logout", ip: clientAddress(request) });
  const res = NextResponse.json({ ok: true });
  clearSessionCookies(res);
  return res;
});
