import "server-only";
import type { NextResponse } from "next/server";
import { CSRF_COOKIE, NAME_COOKIE, SESSION_COOKIE, secureCookies } from "./config";

/** The session cookie is HttpOnly; the CSRF cookie is readable by the page so it can echo it in X-CSRF-Token. */
export function setSessionCookies(res: NextResponse, session: { token: string; csrfToken: string; expiresAt: Date }, name: string): void {
  const secure = secureCookies();
  res.cookies.set(NAME_COOKIE, name, { httpOnly: false, sameSite: "strict", secure, path: "/", expires: session.expiresAt });
  res.cookies.set(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: "lax", secure, path: "/", expires: session.expiresAt });
  res.cookies.set(CSRF_COOKIE, session.csrfToken, { httpOnly: false, sameSite: "strict", secure, path: "/", expires: session.expiresAt });
}

export function clearSessionCookies(res: NextResponse): void {
  res.cookies.set(SESSION_COOKIE, "", { httpOnly: true, path: "/", maxAge: 0 });
  res.cookies.set(CSRF_COOKIE, "", { path: "/", maxAge: 0 });
  res.cookies.set(NAME_COOKIE, "", { path: "/", maxAge: 0 });
}
