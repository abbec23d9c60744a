"use client";

import { useHydrated } from "@/components/charts/use-hydrated";

/** Rows a long table draws on the server: more than a tall screen shows below its page header. */
export const SERVER_ROWS = 25;

/**
 * The rows a long client table draws: the first SERVER_ROWS on the server and in the hydrating render, every row once
 * the page is live (at once after a client-side navigation). The server draws what the first screen shows; the rest,
 * already in the page's data, is drawn by the browser. For /departments and /sangong (100 rows each) the 75 rows below
 * the fold were ~20% of the page's server CPU (issue 17).
 */
export function useFirstRows<T>(rows: readonly T[]): readonly T[] {
  const hydrated = useHydrated();
  return hydrated || rows.length <= SERVER_ROWS ? rows : rows.slice(0, SERVER_ROWS);
}
