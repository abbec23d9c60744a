export default function Loading() {
  return (
    <div className="dept-loading" role="status" aria-live="polite">
      <div className="dept-skeleton title" />
      <div className="grid kpis">
        {Array.from({ length: 6 }, (_, i) => <div key={i} className="card dept-skeleton kpi-box" />)}
      </div>
      <div className="grid cols-2">
        <div className="card dept-skeleton chart" />
        <div className="card dept-skeleton chart" />
      </div>
      <p className="muted">正在加载部门数据…</p>
    </div>
  );
}
