import type { Finding } from "@/lib/parsers/contract";

const GROUPS = [
  { severity: "error", label: "错误" },
  { severity: "warning", label: "警告" },
  { severity: "info", label: "提示" },
] as const;

/** 审核 findings grouped by severity; text is rendered as text (React escapes it), never as HTML. */
export function FindingsList({ findings, sourceHref }: { findings: Finding[]; sourceHref?: (page: number) => string }) {
  if (findings.length === 0) return <p className="muted">审核未发现问题。</p>;
  return (
    <div className="findings">
      {GROUPS.map(({ severity, label }) => {
        const items = findings.filter((f) => f.severity === severity);
        if (items.length === 0) return null;
        return (
          <details key={severity} open={severity !== "info"}>
            <summary>
              <span className={`badge ${severity}`}>{label}</span> {items.length} 条
            </summary>
            <ul>
              {items.map((f, i) => (
                <li key={`${f.rule}-${i}`}>
                  <code className="rule">{f.rule}</code> {f.message}
                  {f.location?.page ? (
                    sourceHref ? (
                      <a href={sourceHref(f.location.page)} target="_blank" rel="noreferrer"> 第 {f.location.page} 页</a>
                    ) : (
                      <span className="muted">（第 {f.location.page} 页）</span>
                    )
                  ) : null}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
