import { timingSafeEqual } from "node:crypto";
import { ApiError } from "./errors";

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A mutation made with the session cookie must echo the session's CSRF token (cookie fl_csrf) in X-CSRF-Token. */
export function checkCsrf(headers: Headers, expected: string): void {
  const token = headers.get("x-csrf-token");
  if (!token || !same(token, expected)) throw new ApiError(403, "csrf", "请求缺少有效的 CSRF 令牌，请刷新页面后重试");
}

/**
 * Whether a browser request comes from this app's own pages. Browsers send Origin on every POST; it must equal
 * FISCAL_LENS_PUBLIC_URL's origin when that is set (behind a TLS proxy), else name the host the request was sent to.
 */
export function isSameOrigin(headers: Headers, env: NodeJS.ProcessEnv = process.env): boolean {
  const origin = headers.get("origin");
  if (origin === null || origin === "null") return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  const configured = env.FISCAL_LENS_PUBLIC_URL?.trim();
  if (configured) return parsed.origin === new URL(configured).origin;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  return host !== null && parsed.host === host;
}

export function checkSameOrigin(headers: Headers): void {
  if (!isSameOrigin(headers)) throw new ApiError(403, "cross_origin", "请求来源不是本站，已拒绝");
}
