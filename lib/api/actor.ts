import { timingSafeEqual } from "node:crypto";
import { getPrisma } from "../db/client";
import { authMode, SESSION_COOKIE } from "../auth/config";
import { clientAddressFrom, viewerFromBasicAuth } from "../auth/basic-auth";
import { readSession } from "../auth/sessions";
import { GUEST_VIEWER, type Role, type Viewer } from "../auth/viewer";
import { ApiError } from "./errors";

/**
 * Authentication and authorisation for route handlers: a session cookie (browser; mutations need the CSRF token in
 * X-CSRF-Token) or HTTP Basic credentials (scripts; no cookie, so no CSRF), anonymous read where the mode allows it.
 */
export type Permission = "read" | "import" | "admin";

export interface Actor {
  name: string;
  channel: "web" | "api";
  viewer: Viewer;
}

const ALLOWED: Record<Permission, Role[]> = { read: ["admin", "analyst", "viewer"], import: ["admin", "analyst"], admin: ["admin"] };

export function clientAddress(request: Request): string {
  return clientAddressFrom(request.headers);
}

export function cookieFromHeader(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function requestActor(request: Request, permission: Permission): Promise<Actor> {
  const mutation = request.method !== "GET" && request.method !== "HEAD";
  let viewer = await viewerFromBasicAuth(request.headers.get("authorization"), clientAddress(request));
  let channel: Actor["channel"] = "api";
  if (!viewer) {
    const session = await readSession(await getPrisma(), cookieFromHeader(request.headers.get("cookie"), SESSION_COOKIE));
    if (session) {
      const token = request.headers.get("x-csrf-token");
      if (mutation && (!token || !sameToken(token, session.csrfToken))) {
        throw new ApiError(403, "csrf", "请求缺少有效的 CSRF 令牌，请刷新页面后重试");
      }
      viewer = session.viewer;
      channel = "web";
    } else if (authMode() !== "required" && permission === "read") {
      viewer = GUEST_VIEWER;
    }
  }
  if (!viewer) throw new ApiError(401, "unauthenticated", "请先登录");
  if (!ALLOWED[permission].includes(viewer.role)) {
    throw new ApiError(403, "forbidden", permission === "admin" ? "需要管理员权限" : "当前账号为只读，不能导入或修改数据");
  }
  return { name: viewer.name, channel, viewer };
}
