import type { FigureValue } from "@/lib/figures/figure";

/**
 * One headline figure with its change on the prior year, exactly as lib/figures built it (the API and the deck print
 * the same label, text, change and scope): red up / green down (Chinese finance convention).
 */
/** `quietWithoutChange`: a figure that has no prior-year comparison at all (a share, a rate of one report) says nothing about it. */
export function KpiTile({ figure, quietWithoutChange = false }: { figure: FigureValue; quietWithoutChange?: boolean }) {
  const change = figure.change;
  const cls = change?.direction === "increase" ? "up" : change?.direction === "decrease" ? "down" : undefined;
  return (
    <div className="card kpi" data-figure={figure.id}>
      <div className="label">{figure.label}</div>
      <div className="value" title={figure.formula}>{figure.text}</div>
      <div className="delta">
        {change === null ? (quietWithoutChange ? null : "上年无可比数据") : <>比 {change.priorYear} 年 <span className={cls}>{change.text}</span></>}
        {figure.note ? <span className="muted">{change === null && quietWithoutChange ? "" : " · "}{figure.note}</span> : null}
      </div>
      {change === null ? null : <div className="muted kpi-basis">{change.scope}</div>}
    </div>
  );
}
