import { AppLink } from "@/components/layout/app-link";
import { CompareModes } from "@/components/compare/compare-modes";
import { YearPicker } from "@/components/filters/year-picker";
import { DemoBadge } from "@/components/layout/demo-badge";
import { PageHeader } from "@/components/layout/page-header";
import { COMPARE_MODES, type CompareMode } from "@/lib/charts/builders/compare-modes";
import { withRegion } from "@/lib/domain/region-href";
import { rateLabel } from "@/lib/figures/execution";
import { formatAmount, formatPct } from "@/lib/figures/format";
import type { RegionCompareDto } from "@/lib/queries/compare/get-region-compare";

interface Props {
  data: RegionCompareDto;
  mode: CompareMode;
  /** The regions a user may pick (stored regions holding departments), by full name. */
  options: Array<{ code: string; label: string }>;
}

/** 区 vs 区 (`/compare?regions=a,b`): the regions' totals, structure, execution and 三公, and the same kind of department in each. */
export function RegionCompareView({ data, mode, options }: Props) {
  const year = data.year;
  const period = year === null ? "" : `${year} 年度`;
  const query = (extra: Record<string, string>) => {
    const p = new URLSearchParams({ regions: data.codes.join(","), ...(year === null ? {} : { year: String(year) }), ...extra });
    if (data.sub) p.set("sub", "1");
    return `/compare?${p.toString()}`;
  };
  const picked = new Set(data.codes);
  const kindRef = data.kindRegion === null ? null : { code: data.kindRegion, sub: true };
  return (
    <>
      <PageHeader
        title="地区对比"
        subtitle={<>{data.regions.map((r) => r.name).join(" · ") || "选择 2–6 个地区"} · {period} · 每个地区按同一计数规则汇总 <DemoBadge show={data.isDemo} /></>}
        actions={year === null ? null : <YearPicker years={data.years} year={year} />}
      />
      {data.unknown.length === 0 ? null : (
        <p className="notice" role="alert" data-testid="unknown-regions">{`没有地区代码为“${data.unknown.join("”“")}”的地区，未列入对比；请在下面重新选择。`}</p>
      )}
      <section className="card stack">
        <form method="get" action="/compare" className="region-compare-picker" aria-label="选择地区">
          <div className="compare-chips">
            {options.map((o) => (
              <label key={o.code} className="compare-chip"><input type="checkbox" name="regions" value={o.code} defaultChecked={picked.has(o.code)} /> {o.label}</label>
            ))}
          </div>
          <label><input type="checkbox" name="sub" value="1" defaultChecked={data.sub} /> 各地区含下辖区县</label>
          {year === null ? null : <input type="hidden" name="year" value={year} />}
          <button className="button" type="submit">对比所选地区</button>
          <AppLink href="/compare">按部门对比</AppLink>
        </form>
      </section>
      {data.regions.length < 2 ? (
        <p className="notice compare-hint">请至少选择 2 个有报告的地区进行对比。</p>
      ) : (
        <>
          <section className="card">
            <table className="data" data-testid="region-compare-table">
              <thead>
                <tr><th>地区</th><th className="num">部门数</th><th className="num">本年支出</th><th className="num">比上年</th><th className="num">{rateLabel("initial", "预算执行率")}</th><th className="num">三公决算</th><th className="num">三公执行率</th></tr>
              </thead>
              <tbody>
                {data.regions.map((r) => (
                  <tr key={r.code}>
                    <td><AppLink href={withRegion(`/?year=${year}`, { code: r.code, sub: data.sub })}>{r.name}</AppLink></td>
                    <td className="num">{r.departments}</td>
                    <td className="num">{formatAmount(r.expenditure)}</td>
                    <td className="num">{r.changePct === null ? "—" : formatPct(r.changePct, { signed: true })}</td>
                    <td className="num">{formatPct(r.execRatePct)}</td>
                    <td className="num">{formatAmount(r.sangongActual)}</td>
                    <td className="num">{formatPct(r.sangongRatePct)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <CompareModes
            mode={mode}
            hrefs={Object.fromEntries(COMPARE_MODES.map((m) => [m.value, query({ mode: m.value })])) as Record<CompareMode, string>}
            totals={data.totals}
            structure={data.structure}
            sangong={data.sangong}
            figures={data.regions.map((r) => ({ id: r.code, name: r.name, expenditure: r.expenditure, priorExpenditure: r.priorExpenditure, changePct: r.changePct, execRatePct: r.execRatePct, sangongRatePct: r.sangongRatePct }))}
            period={period}
          />
          <section className="card stack" data-testid="region-compare-kinds">
            <h3>同类部门对比（各地区的同名部门）</h3>
            {data.kinds.length === 0 ? <p className="muted">所选地区没有同名部门。</p> : (
              <table className="data">
                <thead><tr><th>部门</th>{data.regions.map((r) => <th key={r.code}>{r.name}</th>)}<th></th></tr></thead>
                <tbody>
                  {data.kinds.map((k) => {
                    const ids = k.departments.flatMap((d) => (d === null ? [] : [d.id]));
                    return (
                      <tr key={k.kind}>
                        <td>{k.kind}</td>
                        {k.departments.map((d, i) => <td key={data.regions[i]?.code ?? i}>{d === null ? "—" : <AppLink href={withRegion(`/departments/${d.id}?year=${year}`, kindRef)}>{d.name}</AppLink>}</td>)}
                        <td>{kindRef === null ? null : <AppLink className="button" href={withRegion(`/compare?ids=${ids.join(",")}&year=${year}`, kindRef)}>对比</AppLink>}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </>
  );
}
