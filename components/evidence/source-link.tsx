import { AppLink } from "@/components/layout/app-link";
import type { ReactNode } from "react";
import { evidenceHref, type EvidenceTarget } from "@/lib/evidence/href";

/**
 * The one link from a figure to its evidence: the in-app viewer at the source page with the figure's line (or a
 * finding's two figures) highlighted. Always the same tab, so the browser's back button returns to the chart.
 */
export function SourceLink({ children, ...target }: EvidenceTarget & { children?: ReactNode }) {
  const label = children ?? (target.page === undefined || target.page === null ? "原文" : `原文第 ${target.page} 页`);
  return (
    <AppLink className="source-link" href={evidenceHref(target)}>
      {label}
    </AppLink>
  );
}
