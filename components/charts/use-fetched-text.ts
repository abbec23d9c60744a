"use client";

import { useEffect, useState } from "react";

export type FetchedText = { state: "loading" } | { state: "ready"; text: string } | { state: "failed"; message: string };

/** The message an API error carries ({ error: { message } }, lib/api/errors.ts), else the status. */
async function failureOf(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { error?: { message?: unknown } } | null;
  return typeof body?.error?.message === "string" ? body.error.message : `HTTP ${res.status}`;
}

/**
 * The text at `src` (same origin, the viewer's cookie or Basic credentials go along), fetched after hydration and again
 * when `src` changes; an answer for an older `src` is never shown for a newer one.
 */
export function useFetchedText(src: string): FetchedText {
  const [fetched, setFetched] = useState<{ src: string; result: FetchedText }>({ src, result: { state: "loading" } });
  useEffect(() => {
    const controller = new AbortController();
    const settle = (result: FetchedText) => {
      if (!controller.signal.aborted) setFetched({ src, result });
    };
    fetch(src, { signal: controller.signal, headers: { accept: "application/json" } })
      .then(async (res) => settle(res.ok ? { state: "ready", text: await res.text() } : { state: "failed", message: await failureOf(res) }))
      .catch((error: unknown) => settle({ state: "failed", message: error instanceof Error ? error.message : String(error) }));
    return () => controller.abort();
  }, [src]);
  return fetched.src === src ? fetched.result : { state: "loading" };
}
