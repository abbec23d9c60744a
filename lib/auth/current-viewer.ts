import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getPrisma } from "../db/client";
import { authMode, SESSION_COOKIE } from "./config";
import { clientAddressFrom, viewerFromBasicAuth } from "./basic-auth";
import { readSession, type SessionInfo } from "./sessions";
import { GUEST_VIEWER, type Viewer } from "./viewer";


/** Outside a request (tests calling a handler directly, scripts) there are no cookies: that is "no session". */
async function requestCookie(name: string): Promise<string | undefined> {
  try {
    return (await cookies()).get(name)?.value;
  } catch {
    return undefined;
  }
}

export async function currentSession(): Promise<SessionInfo | null> {
  return readSession(await getPrisma(), await requestCookie(SESSION_COOKIE));
}

async function requestHeaders(): Promise<Headers> {
  try {
    return new Headers(await headers());
  } catch {
    return new Headers();
  }
}

/** The logged-in viewer (session cookie, or HTTP Basic for scripts), the guest where anonymous reading is allowed, or null. */
export async function optionalViewer(): Promise<Viewer | null> {
  const session = await currentSession();
  if (session) return session.viewer;
  const h = await requestHeaders();
  const basic = await viewerFromBasicAuth(h.get("authorization"), clientAddressFrom(h));
  if (basic) return basic;
  return authMode() === "required" ? null : GUEST_VIEWER;
}

/**
 * The viewer of the current request (pages and route handlers). Without one, the request is redirected to /login;
 * route handlers wrapped in handle() turn that redirect into a 401 JSON error (lib/api/errors.ts).
 */
export async function currentViewer(): Promise<Viewer> {
  const viewer = await optionalViewer();
  if (viewer) return viewer;
  redirect("/login");
}
