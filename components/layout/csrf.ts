/** The X-CSRF-Token header every mutation made with the session cookie needs (the token is in the fl_csrf cookie). */
export function csrfHeaders(): Record<string, string> {
  const raw = document.cookie.split("; ").find((c) => c.startsWith("fl_csrf="))?.slice("fl_csrf=".length);
  if (!raw) return {};
  try {
    return { "X-CSRF-Token": decodeURIComponent(raw) };
  } catch {
    return {};
  }
}
