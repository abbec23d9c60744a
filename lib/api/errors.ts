import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { isParseError } from "../parsers/errors";

/** The one API error type: a status, a stable code and a Chinese message. Everything else becomes a 500 without internals. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const notFound = (what: string) => new ApiError(404, "not_found", `未找到${what}`);
export const badRequest = (message: string, details: Record<string, unknown> = {}) => new ApiError(400, "bad_request", message, details);

/** Next's redirect() throws an error whose digest starts with NEXT_REDIRECT (currentViewer uses it for "log in"). */
function isRedirect(error: unknown): boolean {
  return typeof error === "object" && error !== null && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_REDIRECT");
}

export function errorResponse(error: unknown): NextResponse {
  if (isRedirect(error)) {
    return NextResponse.json({ error: { code: "unauthenticated", message: "请先登录", details: {} } }, { status: 401 });
  }
  if (error instanceof ApiError) {
    return NextResponse.json({ error: { code: error.code, message: error.message, details: error.details } }, { status: error.status });
  }
  if (isParseError(error)) {
    return NextResponse.json({ error: { code: error.code, message: error.message, details: error.details } }, { status: 422 });
  }
  if (error instanceof ZodError) {
    const details = { issues: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) };
    return NextResponse.json({ error: { code: "invalid_request", message: "请求参数不正确", details } }, { status: 422 });
  }
  console.error(error);
  return NextResponse.json({ error: { code: "internal", message: "服务器内部错误，请稍后重试", details: {} } }, { status: 500 });
}

/** Wraps a route handler so every failure goes through errorResponse. */
export function handle<A extends unknown[]>(fn: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await fn(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function parseId(raw: string, what: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw notFound(what);
  return id;
}
