import { randomBytes } from "node:crypto";

/** A short id tying a user-facing message to the server log line with the real error. */
export function newRequestId(): string {
  return randomBytes(6).toString("hex");
}

/**
 * Logs an unexpected error (database, driver, bug) server-side under a request id and returns the id. The error's own
 * text never reaches a user: it can carry SQL, table names or driver internals.
 */
export function logInternalError(error: unknown, where: string, requestId = newRequestId()): string {
  console.error(`[${requestId}] ${where}:`, error);
  return requestId;
}

const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "EAI_AGAIN", "P1001", "P1002", "P1017", "57P01", "57P03", "53300"]);
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "TooManyConnections", "SocketTimeout", "DatabaseDoesNotExist"]);

/** Whether an error (or one of its causes) says the database could not be reached — a 503, not a 500. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; typeof e === "object" && e !== null && depth < 6; depth += 1) {
    const record = e as { code?: unknown; kind?: unknown; name?: unknown; cause?: unknown; errors?: unknown };
    if (typeof record.code === "string" && UNREACHABLE_CODES.has(record.code)) return true;
    if (typeof record.kind === "string" && UNREACHABLE_KINDS.has(record.kind)) return true;
    if (record.name === "PrismaClientInitializationError") return true;
    if (Array.isArray(record.errors) && record.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    e = record.cause;
  }
  return false;
}
