const BASE = "http://fiscal-lens.invalid";

/**
 * Where to go after login: only a same-origin relative path. The value is parsed against the app's own origin (as the
 * browser will) and refused when it would leave it — `//evil`, `/\evil`, `/%5Cevil` (decoded by some routers),
 * tabs or newlines that browsers strip — or when it is not a path at all. Anything refused becomes "/".
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith("/")) return "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return "/";
  }
  const suspicious = /[\\\u0000-\u001f\u007f]/;
  if (suspicious.test(raw) || suspicious.test(decoded) || decoded.startsWith("//")) return "/";
  const url = new URL(raw, BASE);
  if (url.origin !== BASE) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
