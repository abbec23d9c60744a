import { NextResponse } from "next/server";
import { z } from "zod";
import { checkSameOrigin } from "@/lib/api/csrf";
import { ApiError } from "@/lib/api/errors";
import { route } from "@/lib/api/route";
import { loginWithPassword } from "@/lib/auth/login";
import { setSessionCookies } from "@/lib/auth/cookies";

export const runtime = "nodejs";

const Body = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(500) });

/**
 * POST /api/auth/login {username, password} → sets the session and CSRF cookies. Only from this app's own pages:
 * Content-Type application/json (a cross-site form cannot send it) and a same-origin Origin header (login CSRF).
 */
export const POST = route({ auth: "public", body: Body }, async ({ request, body, ip }) => {
  checkSameOrigin(request.headers);
  const result = await loginWithPassword(body.username, body.password, ip);
  if (!result.ok) {
    if (result.reason === "throttled") {
      const seconds = result.retryAfterSeconds ?? 60;
      throw new ApiError(429, "throttled", `登录失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试`, {}, { "retry-after": String(seconds) });
    }
    throw new ApiError(401, "invalid_credentials", "用户名或密码错误");
  }
  const res = NextResponse.json({ user: { name: result.viewer.name, role: result.viewer.role } });
  setSessionCookies(res, result.session, result.viewer.name);
  return res;
});
