"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/**
 * False on the server and in the hydrating render, true after: lets a chart skip building its option and table while
 * the page is rendered on the server (the ECharts runtime draws only in the browser, so that work was thrown away on
 * every request — at 1,000 departments most of /execution's server time) without a hydration mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
