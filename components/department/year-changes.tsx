"use client";

import { formatChange, formatWan } from "@/lib/figures/format";
import type { DepartmentYoy } from "@/lib/queries/department/get-department-yoy";
import { YoyChart } from "./yoy-chart";
import { YoyClassPicker } from "./yoy-class-picker";

/**
 * Totals and one chosen 类 over the years, plus every 类 × year as a table with growth rates. A client component: the
 * page sends the figures, not the rendered table (the department page's tables were a third of its flight data).
 */
export function YearChanges({ yoy, selected }: { yoy: DepartmentYoy; selected: string | null }) {
  if (yoy.total.points.length === 0) return <p className="muted">暂无多年数据。</p>;
  const latestYear = yoy.years.at(-1);
  const largest = [...yoy.classes].sort((a, b) => {
    const amount = (c: (typeof yoy.classes)[number]) => Number(c.chart.points.find((p) => p.year === latestYear)?.amount ?? 0);
    return amount(b) - amount(a);
  })[0];
  const chosen = yoy.classes.find((c) => c.code === selected) ?? largest;
  const years = [...new Set(yoy.classes.flatMap((c) => c.chart.points.map((p) => p.year)))].sort((a, b) => a - b);
  return (
    <div className="stack">
      <div className="grid cols-2">
        <YoyChart title="支出合计" dto={yoy.total} source={yoy.source} />
        {chosen === undefined ? null : (
          <YoyChart
            title={`${chosen.code} ${chosen.name}`}
            dto={chosen.chart}
            source={yoy.classSource}
            actions={<YoyClassPicker classes={yoy.classes} selected={chosen.code} />}
          />
        )}
      </div>
      {years.length < 2 ? null : (
        <div className="card dept-table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th>类（万元）</th>
                {years.map((y) => <th key={y} className="num">{y}</th>)}
                <th className="num">末年比上年</th>
              </tr>
            </thead>
            <tbody>
              {yoy.classes.map((c) => {
                const at = (y: number | undefined) => c.chart.points.find((p) => p.year === y)?.amount ?? null;
                const change = formatChange(at(years.at(-1)), at(years.at(-2)));
                const cls = change.direction === "increase" ? "up" : change.direction === "decrease" ? "down" : undefined;
                return (
                  <tr key={c.code}>
                    <td><span className="muted">{c.code}</span> {c.name}</td>
                    {years.map((y) => <td key={y} className="num">{formatWan(at(y))}</td>)}
                    <td className={`num ${cls ?? ""}`}>{change.pct}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
