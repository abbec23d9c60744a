import type { DepartmentSummary } from "@/lib/queries/department/get-department-summary";
import { SourceLink } from "@/components/evidence/source-link";
import { findingHref } from "./finding-target";

const GROUPS = [
  { severity: "error", label: "错误" },
  { severity: "warning", label: "警告" },
  { severity: "info", label: "提示" },
] as const;

/** 审核 findings with a link to the figures on this page and to the source page; text rendered as text. */
export function DepartmentFindings({ summary, base }: { summary: DepartmentSummary; base: URLSearchParams }) {
  if (summary.findings.length === 0) return <p className="muted">审核未发现问题。</p>;
  return (
    <div className="findings dept-findings">
      {GROUPS.map(({ severity, label }) => {
        const items = summary.findings.filter((f) => f.severity === severity);
        if (items.length === 0) return null;
        return (
          <details key={severity} open={severity !== "info"}>
            <summary>
              <span className={`badge ${severity}`}>{label}</span> {items.length} 条
            </summary>
            <ul>
              {items.map((f) => (
                <li key={f.id}>
                  <code className="rule">{f.rule}</code> {f.message}{" "}
                  <a href={findingHref(f, base)}>查看相关数据</a>
                  {f.page === null ? null : (
                    <>
                      {" · "}
                      <SourceLink reportId={summary.report.id} page={f.page} finding={f.id} />
                    </>
                  )}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
