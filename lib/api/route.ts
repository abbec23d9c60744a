import type { z } from "zod";
import { requestClientAddress } from "../auth/client-address";
import { resolveViewer, type Resolution } from "../auth/resolve-viewer";
import { GUEST_VIEWER, type Role, type Viewer } from "../auth/viewer";
import { newRequestId } from "../internal-error";
import { checkCsrf } from "./csrf";
import { ApiError, errorResponse, zodIssues } from "./errors";
import { readJsonBody } from "./read-body";

/** Who may call a route: anyone (login), or at least this role (`viewer` includes the guest where the mode allows). */
export type AuthLevel = "public" | Role;

export interface RouteSpec<Q, B, P> {
  auth: AuthLevel;
  /** Search parameters (empty values dropped); a failure is 400. */
  query?: z.ZodType<Q>;
  /** JSON body (Content-Type application/json required, size-limited); a failure is 400. */
  body?: z.ZodType<B>;
  /** Path segments (`[id]`); a failure is 404 — no such resource. */
  params?: z.ZodType<P>;
  /** Largest accepted JSON body in bytes (default 1 MiB); larger is 413. */
  maxBodyBytes?: number;
}

export interface RouteContext<Q, B, P> {
  request: Request;
  url: URL;
  viewer: Viewer;
  /** How the viewer was established (null on public routes, which resolve nobody). */
  resolution: Resolution | null;
  actor: { name: string; channel: "web" | "api" };
  query: Q;
  body: B;
  params: P;
  requestId: string;
  ip: string;
}

type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };

const RANK: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function authorise(resolution: Resolution, level: Role): Viewer {
  if (resolution.kind === "refused") {
    if (resolution.reason === "throttled") {
      const seconds = resolution.retryAfterSeconds ?? 60;
      throw new ApiError(429, "throttled", `登录失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试`, {}, { "retry-after": String(seconds) });
    }
    throw new ApiError(401, resolution.reason, resolution.reason === "invalid_token" ? "API 令牌无效或已撤销" : "用户名或密码错误");
  }
  if (resolution.kind === "anonymous") throw new ApiError(401, "unauthenticated", "请先登录");
  if (RANK[resolution.viewer.role] < RANK[level]) {
    throw new ApiError(403, "forbidden", level === "admin" ? "需要管理员权限" : "当前账号为只读，不能导入或修改数据");
  }
  return resolution.viewer;
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, onError: (error: z.ZodError) => ApiError): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw onError(parsed.error);
  return parsed.data;
}

/**
 * The one way into a route handler: resolves the viewer once (session cookie, API token or HTTP Basic —
 * lib/auth/resolve-viewer.ts), checks the role and, for cookie-authenticated mutations, the CSRF token, validates the
 * path, query and JSON body with zod, and turns every failure into a JSON error with the right status
 * (lib/api/errors.ts). Handlers receive typed input and return a Response.
 */
export function route<Q = undefined, B = undefined, P = undefined>(
  spec: RouteSpec<Q, B, P>,
  handler: (ctx: RouteContext<Q, B, P>) => Promise<Response>,
): (request: Request, context?: NextContext) => Promise<Response> {
  return async (request, context) => {
    const requestId = newRequestId();
    try {
      const url = new URL(request.url);
      const params = spec.params
        ? parseWith(spec.params, await context?.params, () => new ApiError(404, "not_found", "未找到请求的资源"))
        : (undefined as P);
      let resolution: Resolution | null = null;
      let viewer = GUEST_VIEWER;
      if (spec.auth !== "public") {
        resolution = await resolveViewer(request.headers);
        viewer = authorise(resolution, spec.auth);
        if (resolution.kind === "session" && !SAFE_METHODS.has(request.method)) checkCsrf(request.headers, resolution.session.csrfToken);
      }
      const query = spec.query
        ? parseWith(spec.query, Object.fromEntries([...url.searchParams].filter(([, v]) => v !== "")), (e) => new ApiError(400, "bad_request", "请求参数不正确", zodIssues(e)))
        : (undefined as Q);
      const body = spec.body
        ? parseWith(spec.body, await readJsonBody(request, spec.maxBodyBytes ?? 1024 * 1024), (e) => new ApiError(400, "bad_request", "请求内容不正确", zodIssues(e)))
        : (undefined as B);
      const actor = { name: viewer.name, channel: resolution?.kind === "session" ? ("web" as const) : ("api" as const) };
      return await handler({ request, url, viewer, resolution, actor, query, body, params, requestId, ip: requestClientAddress(request.headers) });
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}
