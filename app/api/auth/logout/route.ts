import { NextResponse } from "next/server";
import { route } from "@/lib/api/route";
import { clearSessionCookies } from "@/lib/auth/cookies";
import { logout } from "@/lib/auth/login";

export const runtime = "nodejs";

/** POST /api/auth/logout (needs the CSRF token like every mutation made with the session cookie). */
export const POST = route({ auth: "viewer" }, async ({ resolution, actor, ip }) => {
  await logout(resolution?.kind === "session" ? resolution.sessionToken : null, actor.name, ip);
  const res = NextResponse.json({ ok: true });
  clearSessionCookies(res);
  return res;
});
