import { AppLink } from "@/components/layout/app-link";
import { withRegion, type RegionRef } from "@/lib/domain/region-href";
import { formatAmount } from "@/lib/figures/format";
import type { DepartmentOrg } from "@/lib/queries/department/get-department-org";

const SCOPE_LABEL: Record<string, string> = { 汇总: "部门汇总决算", 本级: "本级决算", 单位: "单位决算" };

/** The unit ⇄ 部门 links: a unit names its 部门; a 部门 lists its 所属单位 and each one's reports. */
export function OrgUnits({ org, scope, region }: { org: DepartmentOrg; scope: string | null; region: RegionRef | null }) {
  return (
    <>
      {org.parent === null ? null : (
        <p className="notice" data-testid="unit-parent">
          本单位隶属于 <AppLink href={withRegion(`/departments/${org.parent.id}`, region)}>{org.parent.name}</AppLink>（主管部门），单独编制单位决算。
        </p>
      )}
      {org.units.length === 0 ? null : (
        <section className="card stack" data-testid="department-units" style={{ marginBottom: 16 }}>
          <h2 style={{ margin: 0 }}>所属单位（{org.units.length} 个）</h2>
          <p className="muted" style={{ margin: 0 }}>
            {scope === "汇总" ? "本部门的部门决算为汇总数，已包含以下所属单位；跨部门合计时不再重复计算。" : "以下单位隶属于本部门，各自编制单位决算。"}
          </p>
          <table className="data">
            <thead><tr><th>单位</th><th>类型</th><th>报告</th></tr></thead>
            <tbody>
              {org.units.map((u) => (
                <tr key={u.id}>
                  <td><AppLink href={withRegion(`/departments/${u.id}`, region)}>{u.name}</AppLink></td>
                  <td>{u.kind ?? "—"}</td>
                  <td>
                    {u.reports.length === 0 ? <span className="muted">尚无报告</span> : u.reports.map((r) => (
                      <AppLink key={r.reportId} className="badge info" style={{ marginRight: 6 }} href={withRegion(`/departments/${u.id}?year=${r.year}`, region)}>
                        {r.year} {SCOPE_LABEL[r.scope] ?? r.scope} · {formatAmount(r.expenditure)}
                      </AppLink>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
