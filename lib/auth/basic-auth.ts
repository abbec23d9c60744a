import { ApiError } from "../api/errors";
import { getPrisma } from "../db/client";
import { checkLogin } from "./sessions";
import type { Viewer } from "./viewer";

/** Scripts authenticate with HTTP Basic credentials (no cookie, so no CSRF), throttled like the login form. */
export async function viewerFromBasicAuth(authorization: string | null, ip: string): Promise<Viewer | null> {
  if (!authorization?.startsWith("Basic ")) return null;
  const decoded = Buffer.from(authorization.slice(6), "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) throw new ApiError(401, "invalid_credentials", "用户名或密码错误");
  const result = await checkLogin(await getPrisma(), decoded.slice(0, colon), decoded.slice(colon + 1), ip);
  if (result.ok) return result.viewer;
  if (result.reason === "throttled") {
    throw new ApiError(429, "throttled", `登录失败次数过多，请 ${Math.ceil((result.retryAfterSeconds ?? 60) / 60)} 分钟后再试`);
  }
  throw new ApiError(401, "invalid_credentials", "用户名或密码错误");
}

export function clientAddressFrom(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}
