/**
 * One cookie from a Cookie header. A value that is not valid percent-encoding (`fl_session=%`) is no cookie at all —
 * never an exception: a malformed cookie must read as "not logged in", not as a server error.
 */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
