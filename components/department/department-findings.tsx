import type { DepartmentSummary } from "@/lib/queries/department/get-department-summary";
import { SourceLink } from "@/components/evidence/source-link";
import { FindingsView } from "@/components/report/findings-view";
import { findingHref } from "./finding-target";

/** 审核 findings in plain language, each with a link to the figures on this page and to the source page. */
export function DepartmentFindings({ summary, base }: { summary: DepartmentSummary; base: URLSearchParams }) {
  return (
    <div className="dept-findings">
      <FindingsView
        findings={summary.findings}
        keyOf={(f) => f.id}
        links={(f) => (
          <span className="finding-links">
            <a href={findingHref(f, base)}>查看相关数据</a>
            {f.page === null ? null : <>{" · "}<SourceLink reportId={summary.report.id} page={f.page} finding={f.id} /></>}
          </span>
        )}
      />
    </div>
  );
}
