"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/** Changes URL parameters (all view state lives in the URL) while keeping the others and the scroll position. */
export function useViewUrl(): (changes: Record<string, string | null>, hash?: string) => void {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  return useCallback(
    (changes, hash) => {
      const next = new URLSearchParams(params.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      const query = next.toString();
      router.push(`${pathname}${query === "" ? "" : `?${query}`}${hash === undefined ? "" : `#${hash}`}`, { scroll: false });
    },
    [router, pathname, params],
  );
}
