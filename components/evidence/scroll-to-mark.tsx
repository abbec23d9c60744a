"use client";

import { useEffect } from "react";

/** Brings the first highlighted line into view once the page has rendered. */
export function ScrollToMark() {
  useEffect(() => {
    document.querySelector(".evidence-mark")?.scrollIntoView({ block: "center" });
  }, []);
  return null;
}
