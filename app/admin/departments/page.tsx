import { AppLink } from "@/components/layout/app-link";
import { DepartmentChangeForms } from "@/components/admin/department-change-forms";
import styles from "@/components/admin/department-admin.module.css";
import { UndoButton } from "@/components/admin/undo-button";
import { PageHeader } from "@/components/layout/page-header";
import { currentViewer } from "@/lib/auth/current-viewer";
import { listOrgChanges } from "@/lib/queries/admin/list-org-changes";
import { listOrgRegister } from "@/lib/queries/admin/list-org-register";
import { listRegionChoices } from "@/lib/queries/admin/list-region-choices";
import { isDbId } from "@/lib/api/params";
import { formatDateTime } from "@/lib/figures/format";

export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

export default async function DepartmentAdminPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await currentViewer();
  if (viewer.role !== "admin") {
    return (<><PageHeader title="机构管理" /><p className="error-box">需要管理员权限。</p></>);
  }
  const search = await searchParams;
  const q = first(search.q);
  const selectedId = Number(first(search.id));
  const [{ rows, total, all }, changes, regions] = await Promise.all([
    listOrgRegister(viewer, q, isDbId(selectedId) ? selectedId : null), listOrgChanges(viewer), listRegionChoices(viewer),
  ]);
  const regionName = new Map(regions.map((r) => [r.code, r.fullName]));
  const selected = rows.find((r) => r.id === selectedId) ?? null;
  const link = (id: number) => `?${new URLSearchParams({ ...(q ? { q } : {}), id: String(id) })}`;
  return (
    <>
      <PageHeader title="机构管理" subtitle="部门的所属地区、上级部门、更名、合并与拆分（机构改革）：每次变更都记入审计日志，并可原样撤销。" />
      <div className={styles.layout}>
        <section className="card stack">
          <form className="filters" method="get">
            <input name="q" defaultValue={q ?? ""} placeholder="搜索部门名称或曾用名" aria-label="搜索部门" />
            <button className="button" type="submit">搜索</button>
            <span className="muted">{total > rows.length ? `共 ${total} 个，显示前 ${rows.length} 个` : `共 ${total} 个部门`}</span>
          </form>
          <div className={styles.tableScroll}>
            <table className="data" data-testid="org-register">
              <thead><tr><th>部门</th><th>地区</th><th>上级部门</th><th className="num">所属单位</th><th>年度</th><th>状态</th></tr></thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className={r.id === selectedId ? styles.selected : undefined}>
                    <td><AppLink href={link(r.id)}>{r.name}</AppLink>{r.aliases.length > 0 ? <div className="muted">曾用名 {r.aliases.join("、")}</div> : null}</td>
                    <td>{r.regionCode === null ? <span className="muted">未归属</span> : regionName.get(r.regionCode) ?? r.regionCode}</td>
                    <td>{r.parent === null ? "—" : <AppLink href={link(r.parent.id)}>{r.parent.name}</AppLink>}</td>
                    <td className="num">{r.units || "—"}</td>
                    <td>{r.years.length === 0 ? "—" : r.years.length === 1 ? r.years[0] : `${r.years[0]}–${r.years.at(-1)}`}</td>
                    <td>{r.mergedInto === null ? null : <span className="badge">已并入 {r.mergedInto.name}</span>} {r.isDemo ? <span className="badge">演示</span> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section className="card stack" data-testid="org-actions">
          {selected === null ? (
            <p className="muted">在左侧选择一个部门，对它更名、合并、拆分或设置上级部门。</p>
          ) : (
            <>
              <h2><AppLink href={`/departments/${selected.id}`}>{selected.name}</AppLink></h2>
              <DepartmentChangeForms
                department={{ id: selected.id, name: selected.name, parentId: selected.parent?.id ?? null, mergedInto: selected.mergedInto, regionCode: selected.regionCode }}
                options={all}
                regions={regions.map((r) => ({ code: r.code, label: `${"\u3000".repeat(r.depth)}${r.name}` }))}
                year={selected.years.at(-1) ?? new Date().getFullYear()}
              />
            </>
          )}
        </section>
      </div>
      <section className="card stack" style={{ marginTop: 16 }}>
        <h2>最近的机构变更</h2>
        {changes.length === 0 ? <p className="muted">尚无变更。</p> : (
          <table className="data" data-testid="org-changes">
            <thead><tr><th>时间</th><th>操作人</th><th>变更</th><th></th></tr></thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.id}>
                  <td>{formatDateTime(c.at, { seconds: true })}</td>
                  <td>{c.actor}</td>
                  <td>{c.summary}</td>
                  <td>{c.undoneBy === null ? <UndoButton auditId={c.id} summary={c.summary} label={c.action === "department_undo" ? "恢复" : "撤销"} /> : <span className="muted">已撤销（#{c.undoneBy}）</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
