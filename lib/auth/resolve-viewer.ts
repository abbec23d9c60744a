import "server-only";
import { getPrisma } from "../db/client";
import { requestClientAddress } from "./client-address";
import { authMode, SESSION_COOKIE } from "./config";
import { readCookie } from "./request-cookie";
import { checkLogin, readSession, type SessionInfo } from "./sessions";
import { viewerFromApiToken } from "./tokens";
import { GUEST_VIEWER, type Viewer } from "./viewer";

/** Who sent a request, decided once per request by resolveViewer — the only place credentials are checked. */
export type Resolution =
  | { kind: "session"; viewer: Viewer; session: SessionInfo; sessionToken: string }
  | { kind: "token" | "basic"; viewer: Viewer }
  | { kind: "guest"; viewer: Viewer }
  | { kind: "anonymous" }
  | { kind: "refused"; reason: "invalid_credentials" | "invalid_token" | "throttled"; retryAfterSeconds?: number };

/**
 * Credentials in order: an Authorization header (Bearer API token or HTTP Basic; when present it is the answer, a bad
 * one is refused rather than falling back to a cookie), then the session cookie, then the guest of `demo` and
 * `public-read` mode. Basic goes through the login throttle like the form; a Bearer token is a SHA-256 lookup.
 */
export async function resolveViewer(headers: Headers): Promise<Resolution> {
  const prisma = await getPrisma();
  const authorization = headers.get("authorization");
  if (authorization !== null && /^bearer /i.test(authorization)) {
    const viewer = await viewerFromApiToken(prisma, authorization.slice(7).trim());
    return viewer ? { kind: "token", viewer } : { kind: "refused", reason: "invalid_token" };
  }
  if (authorization !== null && /^basic /i.test(authorization)) {
    const decoded = Buffer.from(authorization.slice(6).trim(), "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon <= 0) return { kind: "refused", reason: "invalid_credentials" };
    const result = await checkLogin(prisma, decoded.slice(0, colon), decoded.slice(colon + 1), requestClientAddress(headers));
    if (result.ok) return { kind: "basic", viewer: result.viewer };
    return result.reason === "throttled"
      ? { kind: "refused", reason: "throttled", retryAfterSeconds: result.retryAfterSeconds }
      : { kind: "refused", reason: "invalid_credentials" };
  }
  const token = readCookie(headers.get("cookie"), SESSION_COOKIE);
  const session = token === undefined ? null : await readSession(prisma, token);
  if (session && token !== undefined) return { kind: "session", viewer: session.viewer, session, sessionToken: token };
  return authMode() === "required" ? { kind: "anonymous" } : { kind: "guest", viewer: GUEST_VIEWER };
}

export function resolvedViewer(resolution: Resolution): Viewer | null {
  return "viewer" in resolution ? resolution.viewer : null;
}
