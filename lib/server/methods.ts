import type { IncomingMessage, ServerResponse } from "node:http";

/** Methods Next.js can turn into a Request; anything else (TRACE, CONNECT, WebDAV verbs…) would make it answer 500. */
export const SUPPORTED_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Answers an unsupported method with 405 (JSON under /api) and returns true; returns false for a supported one. */
export function refuseUnsupportedMethod(req: IncomingMessage, res: ServerResponse): boolean {
  if (SUPPORTED_METHODS.has(req.method ?? "")) return false;
  const api = (req.url ?? "").startsWith("/api/");
  res.writeHead(405, { allow: [...SUPPORTED_METHODS].join(", "), "content-type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8" });
  res.end(api ? JSON.stringify({ error: { code: "method_not_allowed", message: "不支持该请求方法", details: {} } }) : "不支持该请求方法");
  return true;
}
