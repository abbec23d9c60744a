import { formatWan } from "@/lib/figures/format";
import type { ParsedReport } from "@/lib/parsers/contract";
import { FindingsList } from "@/components/report/findings-list";

const SANGONG_LABELS = [
  ["total", "合计"],
  ["outbound", "因公出国（境）费"],
  ["vehiclePurchase", "公务用车购置费"],
  ["vehicleOperation", "公务用车运行维护费"],
  ["reception", "公务接待费"],
] as const;

/** What the parser read from one file, as readable tables (万元), before the user confirms the import. */
export function ParsedPreview({ report }: { report: ParsedReport }) {
  const t = report.totals;
  return (
    <div className="preview">
      <div className="grid kpis">
        {[
          ["收入合计", t.income],
          ["支出合计", t.expenditure],
          ["基本支出", t.basicExpenditure],
          ["项目支出", t.projectExpenditure],
          ["财政拨款收入", t.fiscalAppropriationIncome],
        ].map(([label, value]) => (
          <div className="kpi" key={label}>
            <div className="label">{label}（万元）</div>
            <div className="value">{formatWan(value)}</div>
          </div>
        ))}
      </div>
      <details>
        <summary>支出决算表：{report.expenditureByFunction.length} 行</summary>
        <table className="data">
          <thead>
            <tr><th>科目编码</th><th>科目名称</th><th className="num">合计</th><th className="num">基本支出</th><th className="num">项目支出</th><th className="num">年初预算</th><th>页</th></tr>
          </thead>
          <tbody>
            {report.expenditureByFunction.map((line) => {
              const gpb = report.gpbExpenditureByFunction.find((g) => g.code === line.code);
              return (
                <tr key={`${line.code}-${line.location.line}`}>
                  <td>{line.code}</td>
                  <td style={{ paddingLeft: line.level === "类" ? 10 : line.level === "款" ? 24 : 38 }}>{line.name}</td>
                  <td className="num">{formatWan(line.total)}</td>
                  <td className="num">{formatWan(line.basic)}</td>
                  <td className="num">{formatWan(line.project)}</td>
                  <td className="num">{formatWan(gpb?.budgetInitial ?? null)}</td>
                  <td className="muted">{line.location.page ?? "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
      <details>
        <summary>“三公”经费</summary>
        <table className="data">
          <thead><tr><th>项目</th><th className="num">预算数（万元）</th><th className="num">决算数（万元）</th></tr></thead>
          <tbody>
            {SANGONG_LABELS.map(([key, label]) => (
              <tr key={key}><td>{label}</td><td className="num">{formatWan(report.sangong.budget[key])}</td><td className="num">{formatWan(report.sangong.actual[key])}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
      <h3>审核发现</h3>
      <FindingsList findings={report.findings} />
      {report.unread.length > 0 ? (
        <>
          <h3>未能读取（{report.unread.length} 处）</h3>
          <ul className="unread">
            {report.unread.map((u, i) => (
              <li key={i}><strong>{u.section}</strong>：{u.reason}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
