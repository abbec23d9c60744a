import { AppLink } from "@/components/layout/app-link";
import { withRegion, type RegionRef } from "@/lib/domain/region-href";
import { PRIOR_STATED_SCOPE } from "@/lib/figures/department";
import { MISSING } from "@/lib/figures/format";
import type { CompareDepartment } from "@/lib/queries/compare/get-compare";

/**
 * The compared departments' figures, one row each, printed exactly as lib/figures built them (GET
 * /api/analytics/compare and the compare deck carry the same figures).
 */
export function CompareFiguresTable({ departments, year, region }: { departments: CompareDepartment[]; year: number; region: RegionRef }) {
  const columns = (departments[0]?.figures ?? []).map((f) => ({ label: f.label, formula: f.formula }));
  return (
    <section className="card">
      <table className="data">
        <thead>
          <tr><th>部门</th><th>类型</th>{columns.map((c) => <th key={c.label} className="num">{c.label}</th>)}<th className="num">支出比上年</th></tr>
        </thead>
        <tbody>
          {departments.map((d) => {
            const change = d.figures.find((f) => f.id === "expenditure")?.change ?? null;
            return (
              <tr key={d.id} data-department={d.id}>
                <td><AppLink href={withRegion(`/departments/${d.id}?year=${year}`, region)}>{d.name}</AppLink></td>
                <td>{d.kind ?? MISSING}</td>
                {columns.map((c) => <td key={c.label} className="num" title={c.formula}>{d.figures.find((f) => f.label === c.label)?.text ?? MISSING}</td>)}
                <td className="num" title={change?.scope}>
                  {change?.text ?? MISSING}{change?.scope === PRIOR_STATED_SCOPE ? <span className="muted">（说明口径）</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
