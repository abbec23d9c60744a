import { formatWan, MISSING } from "@/lib/figures/format";
import type { DepartmentStructure } from "@/lib/queries/department/get-department-structure";

/** The rows of the drilled level with their 基本 / 项目 split (公开03表), next to the ring. */
export function StructureSplit({ structure }: { structure: DepartmentStructure }) {
  if (structure.rows.length === 0) return null;
  const heading = structure.node === null ? "各类支出：基本与项目" : `${structure.node.code} ${structure.node.name}：基本与项目`;
  return (
    <div className="dept-split">
      <h3>{heading}</h3>
      <table className="data">
        <thead>
          <tr><th>科目</th><th className="num">合计（万元）</th><th className="num">基本支出</th><th className="num">项目支出</th></tr>
        </thead>
        <tbody>
          {structure.rows.map((r) => (
            <tr key={r.code}>
              <td><span className="muted">{r.code}</span> {r.name}</td>
              <td className="num">{formatWan(r.total)}</td>
              <td className="num">{r.basic === null ? MISSING : formatWan(r.basic)}</td>
              <td className="num">{r.project === null ? MISSING : formatWan(r.project)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
