import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { isDatabaseUnavailable, logInternalError, newRequestId } from "../internal-error";
import { isParseError } from "../parsers/errors";

/** The one API error type: a status, a stable code and a Chinese message. Everything else becomes a 500 without internals. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const notFound = (what: string) => new ApiError(404, "not_found", `未找到${what}`);
export const badRequest = (message: string, details: Record<string, unknown> = {}) => new ApiError(400, "bad_request", message, details);

export function zodIssues(error: ZodError): { issues: { path: string; message: string }[] } {
  return { issues: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) };
}

function json(status: number, code: string, message: string, details: Record<string, unknown>, requestId: string, headers: Record<string, string> = {}) {
  return NextResponse.json({ error: { code, message, details, requestId } }, { status, headers: { ...headers, "x-request-id": requestId } });
}

/**
 * Every failure of a route handler becomes a JSON error `{error: {code, message, details, requestId}}`: ApiError as it
 * says, a parse error 422, bad input (zod) 400, an unreachable database 503, anything else 500. Unexpected errors are
 * logged with the request id; their text (SQL, driver messages) never reaches the client.
 */
export function errorResponse(error: unknown, requestId = newRequestId()): NextResponse {
  if (error instanceof ApiError) return json(error.status, error.code, error.message, error.details, requestId, error.headers);
  if (isParseError(error)) return json(422, error.code, error.message, { ...error.details }, requestId);
  if (error instanceof ZodError) return json(400, "invalid_request", "请求参数不正确", zodIssues(error), requestId);
  if (isDatabaseUnavailable(error)) {
    logInternalError(error, "database unavailable", requestId);
    return json(503, "database_unavailable", `数据库暂时无法连接，请稍后重试（请求编号 ${requestId}）`, {}, requestId, { "retry-after": "30" });
  }
  logInternalError(error, "route handler", requestId);
  return json(500, "internal", `服务器内部错误，请稍后重试（请求编号 ${requestId}）`, {}, requestId);
}
