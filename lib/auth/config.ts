/**
 * How access works for this installation:
 * - `required` (default on PostgreSQL = production): every page and API needs a login.
 * - `demo` (default on the embedded PGlite database): visitors read as a read-only demo viewer; importing and admin
 *   still need a login (`npm start` prints the first admin's credentials).
 * - `public-read`: an open-data portal — anonymous read-only access, login for everything else.
 * FISCAL_LENS_AUTH overrides the default.
 */
export type AuthMode = "required" | "demo" | "public-read";

export function authMode(env: NodeJS.ProcessEnv = process.env): AuthMode {
  const explicit = env.FISCAL_LENS_AUTH;
  if (explicit === "required" || explicit === "demo" || explicit === "public-read") return explicit;
  return env.DATABASE_URL ? "required" : "demo";
}

export const SESSION_COOKIE = "fl_session";
export const CSRF_COOKIE = "fl_csrf";
/**
 * The signed-in user's display name, for the header only (readable by the page, carries no authority): the server
 * renders pages without it, so one rendered page serves every user with the same role and scope (lib/server).
 */
export const NAME_COOKIE = "fl_name";
export const SESSION_TTL_MS = Number(process.env.FISCAL_LENS_SESSION_HOURS ?? 12) * 3600_000;
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const LOGIN_MAX_FAILURES = 5;

export function secureCookies(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.FISCAL_LENS_SECURE_COOKIES === "1" || (env.FISCAL_LENS_PUBLIC_URL ?? "").startsWith("https://");
}
