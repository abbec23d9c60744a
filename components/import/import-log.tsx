import { AppLink } from "@/components/layout/app-link";
import type { ImportRunRow } from "@/lib/queries/list-import-runs";
import { formatDateTime } from "@/lib/figures/format";

export const IMPORT_STATUS: Record<string, string> = { imported: "已导入", new_version: "新版本", duplicate: "重复", failed: "失败" };
const CHANNEL: Record<string, string> = { web: "网页", api: "API", cli: "命令行", demo: "演示数据" };
export const IMPORT_LOG_PAGE_SIZE = 30;

export interface ImportLogQuery {
  status?: string;
  file?: string;
  page: number;
}

function href(query: ImportLogQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.status) params.set("status", query.status);
  if (query.file) params.set("file", query.file);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text === "" ? "/import" : `/import?${text}`;
}

/** The import log: every upload (refused ones included), filterable by outcome and file name, 30 a page. */
export function ImportLog({ runs, total, query }: { runs: ImportRunRow[]; total: number; query: ImportLogQuery }) {
  const pages = Math.max(1, Math.ceil(total / IMPORT_LOG_PAGE_SIZE));
  return (
    <section className="card import-log" style={{ marginTop: 24 }} aria-label="导入记录">
      <h2>导入记录</h2>
      <form className="import-log-filter" action="/import">
        <label>结果{" "}
          <select name="status" defaultValue={query.status ?? ""}>
            <option value="">全部</option>
            {Object.entries(IMPORT_STATUS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        <label>文件 <input type="search" name="file" defaultValue={query.file ?? ""} placeholder="文件名包含…" /></label>
        <button className="button" type="submit">筛选</button>
        <span className="muted">共 {total} 条</span>
      </form>
      {runs.length === 0 ? (
        <p className="muted">{total === 0 && query.status === undefined && !query.file ? "尚无导入记录。" : "没有符合条件的记录。"}</p>
      ) : (
        <table className="data">
          <thead>
            <tr><th>时间</th><th>操作人</th><th>渠道</th><th>文件</th><th>结果</th><th>说明</th><th className="num">错误/警告</th></tr>
          </thead>
          <tbody>
            {runs.map((r) => (
              <tr key={r.id}>
                <td className="nowrap">{formatDateTime(r.startedAt, { seconds: true })}</td>
                <td className="nowrap">{r.actor}</td>
                <td className="nowrap">{CHANNEL[r.channel] ?? r.channel}</td>
                <td>{r.fileName}</td>
                <td className="nowrap"><span className={`badge ${r.status === "failed" ? "error" : r.status === "duplicate" ? "warning" : ""}`}>{IMPORT_STATUS[r.status] ?? r.status}</span></td>
                <td>{r.departmentId && r.reportId ? <AppLink href={`/departments/${r.departmentId}`}>{r.message}</AppLink> : r.message}</td>
                <td className="num">{r.errorCount}/{r.warningCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 ? (
        <nav className="pager" aria-label="导入记录分页">
          {query.page > 1 ? <AppLink href={href(query, query.page - 1)}>上一页</AppLink> : <span className="muted">上一页</span>}
          <span>第 {query.page} / {pages} 页</span>
          {query.page < pages ? <AppLink href={href(query, query.page + 1)}>下一页</AppLink> : <span className="muted">下一页</span>}
        </nav>
      ) : null}
    </section>
  );
}
