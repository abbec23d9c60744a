import { NextResponse } from "next/server";
import { z } from "zod";
import { clientAddress } from "@/lib/api/actor";
import { ApiError, handle } from "@/lib/api/errors";
import { recordAudit } from "@/lib/auth/audit";
import { setSessionCookies } from "@/lib/auth/cookies";
import { checkLogin, createSession } from "@/lib/auth/sessions";
import { getPrisma } from "@/lib/db/client";

export const runtime = "nodejs";

const Body = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(500) });

/** POST /api/auth/login {username, password} → sets the session and CSRF cookies. */
export const POST = handle(async (request: Request) => {
  const { username, password } = Body.parse(await request.json());
  const prisma = await getPrisma();
  const ip = clientAddress(request);
  const result = await checkLogin(prisma, username, password, ip);
  if (!result.ok) {
    if (result.reason === "throttled") {
      throw new ApiError(429, "throttled", `登录失败次数过多，请 ${Math.ceil((result.retryAfterSeconds ?? 60) / 60)} 分钟后再试`);
    }
    throw new ApiError(401, "invalid_credentials", "用户名或密码错误");
  }
  const session = await createSession(prisma, result.userId);
  await recordAudit(prisma, { actor: result.viewer.name, action: "login", target: username, ip });
  const res = NextResponse.json({ user: { name: result.viewer.name, role: result.viewer.role } });
  setSessionCookies(res, session);
  return res;
});
