import { formatChange, formatPp } from "@/lib/figures/format";
import { Decimal } from "@/lib/money";

/** One KPI with its change against the prior year: red up / green down (Chinese finance convention). */
export function KpiTile({ label, value, current, prior, kind = "amount", priorYear, note, basis }: {
  label: string;
  value: string;
  current: string | null;
  prior: string | null;
  kind?: "amount" | "rate" | "count";
  priorYear: number;
  note?: string;
  /** What the change is computed over when it is not simply this year's total against last year's (同口径). */
  basis?: string;
}) {
  let delta = "—";
  let direction: string | null = null;
  if (current !== null && prior !== null) {
    if (kind === "rate") {
      const pp = new Decimal(current).minus(prior);
      delta = formatPp(pp.toFixed(2));
      direction = pp.isZero() ? "flat" : pp.greaterThan(0) ? "increase" : "decrease";
    } else {
      const change = formatChange(current, prior);
      delta = kind === "count" ? `${change.direction === "increase" ? "+" : ""}${new Decimal(current).minus(prior).toFixed(0)}` : change.pct;
      direction = change.direction;
    }
  }
  const cls = direction === "increase" ? "up" : direction === "decrease" ? "down" : undefined;
  return (
    <div className="card kpi">
      <div className="label">{label}</div>
      <div className="value">{value}</div>
      <div className="delta">
        {prior === null ? `${priorYear} 年无可比数据` : <>比 {priorYear} 年 <span className={cls}>{delta}</span></>}
        {note ? <span className="muted"> · {note}</span> : null}
      </div>
      {basis ? <div className="muted kpi-basis">{basis}</div> : null}
    </div>
  );
}
