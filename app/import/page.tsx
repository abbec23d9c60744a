import Link from "next/link";
import { ImportPanel } from "@/components/import/import-panel";
import { PageHeader } from "@/components/layout/page-header";
import { currentViewer } from "@/lib/auth/current-viewer";
import { listImportRuns } from "@/lib/queries/list-import-runs";
import { formatDateTime } from "@/lib/figures/format";

export const dynamic = "force-dynamic";

const STATUS = { imported: "已导入", new_version: "新版本", duplicate: "重复", failed: "失败", dry_run: "仅检查" } as Record<string, string>;
const CHANNEL = { web: "网页", api: "API", cli: "命令行", demo: "演示数据" } as Record<string, string>;

export default async function ImportPage() {
  const viewer = await currentViewer();
  const canImport = viewer.role === "admin" || viewer.role === "analyst";
  const runs = await listImportRuns(viewer, 30);
  return (
    <>
      <PageHeader title="导入报告" subtitle="上传后先解析、审核并预览，确认后才保存；相同文件不会重复导入，新文件成为该部门该年度的新版本。" />
      {canImport ? (
        <ImportPanel />
      ) : (
        <p className="notice">
          当前为只读访问（{viewer.name}）。导入报告需要 <Link href="/login?next=/import">登录</Link> 分析员或管理员账号。
        </p>
      )}
      <section className="card" style={{ marginTop: 24 }}>
        <h2>导入记录</h2>
        {runs.length === 0 ? (
          <p className="muted">尚无导入记录。</p>
        ) : (
          <table className="data">
            <thead>
              <tr><th>时间</th><th>操作人</th><th>渠道</th><th>文件</th><th>结果</th><th>说明</th><th className="num">错误/警告</th></tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id}>
                  <td>{formatDateTime(r.startedAt, { seconds: true })}</td>
                  <td>{r.actor}</td>
                  <td>{CHANNEL[r.channel] ?? r.channel}</td>
                  <td>{r.fileName}</td>
                  <td><span className={`badge ${r.status === "failed" ? "error" : r.status === "duplicate" ? "warning" : ""}`}>{STATUS[r.status] ?? r.status}</span></td>
                  <td>
                    {r.departmentId && r.reportId ? <Link href={`/departments/${r.departmentId}`}>{r.message}</Link> : r.message}
                  </td>
                  <td className="num">{r.errorCount}/{r.warningCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
