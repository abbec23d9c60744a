import type { Finding } from "@/lib/parsers/contract";
import { FindingsView } from "./findings-view";

/** 审核 findings of a parsed (not yet stored) report, with the page each one points at. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  return (
    <FindingsView
      findings={findings}
      keyOf={(f, i) => `${f.rule}-${i}`}
      links={(f) => (f.location?.page ? <span className="muted">（第 {f.location.page} 页）</span> : null)}
    />
  );
}
