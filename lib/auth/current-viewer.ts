import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { resolvedViewer, resolveViewer, type Resolution } from "./resolve-viewer";
import type { Viewer } from "./viewer";

/**
 * Pages' side of resolveViewer: React's per-request cache makes the root layout and the page share ONE resolution, so
 * HTTP Basic costs one password check per page view, not one per server component. Route handlers do not come here:
 * lib/api/route.ts resolves the viewer once for them.
 */
export const currentResolution = cache(async (): Promise<Resolution> => resolveViewer(new Headers(await headers())));

/** The viewer of the current page, the guest where anonymous reading is allowed, or null. */
export async function optionalViewer(): Promise<Viewer | null> {
  return resolvedViewer(await currentResolution());
}

/** The viewer of the current page; without one the page redirects to /login. */
export async function currentViewer(): Promise<Viewer> {
  const viewer = await optionalViewer();
  if (viewer) return viewer;
  redirect("/login");
}
