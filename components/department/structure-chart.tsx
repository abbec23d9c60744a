"use client";

import { ChartCard } from "@/components/charts/chart-card";
import { useChart } from "@/components/charts/use-chart";
import type { DepartmentStructure } from "@/lib/queries/department/get-department-structure";
import { toSourceNote } from "./source-note";
import { useViewUrl } from "./use-view-url";

/** 公开03表 structure as a ring; clicking a 类/款 slice drills one level down (?code=), the breadcrumb goes back up. */
export function StructureChart({ structure }: { structure: DepartmentStructure }) {
  const setUrl = useViewUrl();
  const { option, table } = useChart("structure", structure.chart);
  const drillable = new Set(structure.rows.filter((r) => r.hasChildren).map((r) => r.code));
  const crumbs = [{ code: null, name: "全部类" }, ...structure.path];
  const breadcrumb = (
    <nav className="dept-breadcrumb" aria-label="下钻路径" data-testid="structure-breadcrumb">
      {crumbs.map((c, i) =>
        i === crumbs.length - 1 ? (
          <span key={c.code ?? "top"} aria-current="page">{c.code === null ? c.name : `${c.code} ${c.name}`}</span>
        ) : (
          <button key={c.code ?? "top"} type="button" onClick={() => setUrl({ code: c.code }, "structure")}>
            {c.code === null ? c.name : `${c.code} ${c.name}`}
          </button>
        ),
      )}
    </nav>
  );
  const level = structure.node === null ? "按功能分类（类）" : structure.node.level === "类" ? "下设款" : "下设项";
  return (
    <div data-testid="structure-card" data-code={structure.node?.code ?? ""}>
      {breadcrumb}
      <ChartCard
        title={`支出结构 · ${level}`}
        period={`${structure.report.year}年度`}
        option={option}
        table={table}
        source={toSourceNote(structure.source)}
        height={380}
        onEvents={{
          click: (event) => {
            const data = event.data as { code?: unknown } | undefined;
            const code = typeof data?.code === "string" ? data.code : null;
            if (code !== null && drillable.has(code)) setUrl({ code }, "structure");
          },
        }}
        fileName={`${structure.report.department}-支出结构`}
      />
      {structure.rows.length === 0 ? <p className="muted">本报告未列出下级科目。</p> : null}
    </div>
  );
}
