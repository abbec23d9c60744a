import type { BarSeriesOption, EChartsOption } from "echarts";
import { Decimal } from "@/lib/money";
import type { DataTable } from "@/lib/data-table";
import { EXECUTION_BAND, type ExecutionBand } from "@/lib/settings/execution-band";
import type { ChartContext } from "../context";
import type { HistogramDto, PctString, TableMeta } from "../dto";
import { axisIndex, bandColor, baseOption, grid, table, tooltipHtml, type RateBand } from "../option-base";

/** 10-point buckets from 50% to 150% plus open ends: the region around 100% is where the expected band lies. */
const EDGES = [50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150];

export interface RateBucket {
  label: string;
  /** Inclusive lower bound; null = open. */
  from: number | null;
  /** Exclusive upper bound; null = open. */
  to: number | null;
  count: number;
  band: RateBand;
}

export interface BucketedRates {
  buckets: RateBucket[];
  /** Rates that could not be computed (no budget, unreadable figure). */
  missing: number;
}

function emptyBuckets(band: ExecutionBand): RateBucket[] {
  const first = EDGES[0] ?? 50;
  const last = EDGES[EDGES.length - 1] ?? 150;
  const inner = EDGES.slice(0, -1).map((from, i) => {
    const to = EDGES[i + 1] ?? last;
    const which: RateBand = to <= band.lowPct ? "below" : from >= band.highPct ? "above" : "within";
    return { label: `${from}–${to}%`, from, to, count: 0, band: which };
  });
  return [
    { label: `<${first}%`, from: null, to: first, count: 0, band: "below" },
    ...inner,
    { label: `≥${last}%`, from: last, to: null, count: 0, band: "above" },
  ];
}

/** Counts rates per bucket; a bucket is coloured below/within/above by the expected band (lib/settings unless given). */
export function bucketRates(rates: ReadonlyArray<PctString | null>, band: ExecutionBand = EXECUTION_BAND): BucketedRates {
  const buckets = emptyBuckets(band);
  let missing = 0;
  for (const rate of rates) {
    if (rate === null) {
      missing += 1;
      continue;
    }
    const value = new Decimal(rate);
    const bucket = buckets.find((b) => inBucket(value, b));
    if (bucket !== undefined) bucket.count += 1;
  }
  return { buckets, missing };
}

/** Whether a rate falls in a bucket: lower bound inclusive, upper exclusive, open ends open. */
function inBucket(value: Decimal, bucket: Pick<RateBucket, "from" | "to">): boolean {
  return (bucket.from === null || value.greaterThanOrEqualTo(bucket.from)) && (bucket.to === null || value.lessThan(bucket.to));
}

/** The departments behind one bar of the distribution, lowest rate first (what a click on the bar lists). */
export function subjectsInBucket(dto: HistogramDto, label: string, band: ExecutionBand = EXECUTION_BAND): Array<{ id: string; name: string; rate: PctString }> {
  const bucket = emptyBuckets(band).find((b) => b.label === label);
  if (bucket === undefined || dto.subjects === undefined) return [];
  return dto.rates
    .flatMap((rate, index) => {
      const subject = dto.subjects?.[index];
      return rate === null || subject === undefined || !inBucket(new Decimal(rate), bucket) ? [] : [{ ...subject, rate }];
    })
    .sort((a, b) => new Decimal(a.rate).comparedTo(b.rate));
}

export function buildHistogramOption(dto: HistogramDto, ctx: ChartContext): EChartsOption {
  const { buckets, missing } = bucketRates(dto.rates, ctx.executionBand);
  const bars: BarSeriesOption = {
    type: "bar",
    name: "数量",
    barCategoryGap: "8%",
    label: { show: true, position: "top", color: ctx.fonts.mutedColor },
    data: buckets.map((bucket) => ({ key: bucket.label, value: bucket.count, itemStyle: { color: bandColor(ctx, bucket.band) } })),
  };
  return {
    ...baseOption(ctx),
    grid: grid(24, 16, missing > 0 ? 40 : 24, 16),
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params) => {
        const bucket = buckets[axisIndex(params) ?? -1];
        if (bucket === undefined) return "";
        const hint = (dto.subjects === undefined && dto.listsOnClick !== true) || bucket.count === 0 ? "" : '<div style="margin-top:4px;color:#6b7785">点击查看这些部门</div>';
        return tooltipHtml(`执行率 ${bucket.label}`, [["数量", String(bucket.count)]]) + hint;
      },
    },
    xAxis: { type: "category", data: buckets.map((bucket) => bucket.label), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: "value", name: "数量", minInterval: 1 },
    ...(missing > 0
      ? { graphic: [{ type: "text", left: 16, bottom: 4, style: { text: `另有 ${missing} 个无法计算执行率（无预算或数据缺失）`, fill: ctx.fonts.mutedColor, fontSize: 12 } }] }
      : {}),
    series: [bars],
  };
}

export function toHistogramTable(dto: HistogramDto, meta: TableMeta = {}): DataTable {
  const { buckets, missing } = bucketRates(dto.rates);
  return table(
    meta,
    "预算执行率分布",
    [
      { key: "bucket", label: "执行率区间", kind: "text" },
      { key: "count", label: "数量", kind: "count" },
    ],
    [...buckets.map((bucket) => ({ bucket: bucket.label, count: bucket.count })), { bucket: "无法计算", count: missing }],
  );
}
