import { toCompareTable, type CompareDto } from "@/lib/charts";
import type { CompareDeckData } from "@/lib/queries/deck/get-compare-deck-data";
import { ratePct } from "@/lib/queries/overview/rate";
import { describeCompare, describeTotal } from "./narrative";
import type { DeckPlan, DeckPlanSlide } from "./deck-plan";
import { deckFindings, fileStem, nativeChart, narrativeOf, omittedNote } from "./deck-parts";

const METRICS = [
  { key: "expenditure", label: "本年支出合计" },
  { key: "basic", label: "基本支出" },
  { key: "project", label: "项目支出" },
  { key: "fiscal", label: "财政拨款支出" },
  { key: "operating", label: "机关运行经费" },
  { key: "sangongActual", label: "“三公”经费" },
] as const;

/** The compared departments as the /compare chart's DTO (same builder twin for the table). */
export function compareDto(data: CompareDeckData): CompareDto {
  return {
    metrics: METRICS.map((m) => ({ key: m.key, label: m.label })),
    departments: data.current.map((f) => ({
      id: String(f.departmentId),
      name: f.name,
      values: Object.fromEntries(METRICS.map((m) => [m.key, f[m.key]])),
    })),
  };
}

/** The comparison briefing: the metrics side by side, execution rates, 三公 and the change on the prior year. */
export function compareDeckPlan(data: CompareDeckData, generatedAt: Date): DeckPlan {
  const { year, current, prior, findings } = data;
  const names = current.map((f) => f.name);
  const period = `${year}年度`;
  const source = `各部门${year}年度部门决算`;
  const dto = compareDto(data);
  const slides: DeckPlanSlide[] = [];

  const overview = nativeChart(
    "bar",
    METRICS.map((m) => m.label),
    current.map((f) => ({ name: f.name, values: METRICS.map((m) => f[m.key]) })),
    "万元",
  );
  slides.push({
    title: "主要指标对比",
    narrative: narrativeOf(
      describeCompare({ year, metric: "支出", kind: "amount", items: current.map((f) => ({ name: f.name, value: f.expenditure })) }),
      describeCompare({ year, metric: "基本支出", kind: "amount", items: current.map((f) => ({ name: f.name, value: f.basic })) }),
      omittedNote(overview.omitted, "部分部门数据"),
    ),
    ...(overview.chart === undefined ? {} : { chart: overview.chart }),
    table: toCompareTable(dto, { title: "部门对比", period, source }),
    source,
  });

  const rates = current.map((f) => ratePct(f.execActual, f.execBudget));
  const rateChart = nativeChart("bar", names, [{ name: "预算执行率", values: rates }], "%");
  slides.push({
    title: "预算执行率对比",
    narrative: narrativeOf(
      describeCompare({ year, metric: "预算执行率", kind: "pct", items: current.map((f, i) => ({ name: f.name, value: rates[i] ?? null })) }),
      omittedNote(rateChart.omitted, "年初预算"),
    ),
    ...(rateChart.chart === undefined ? {} : { chart: rateChart.chart }),
    source: `${source} 决算情况说明（年初预算）与公开05表`,
  });

  const sangong = nativeChart(
    "bar",
    names,
    [
      { name: "预算数", values: current.map((f) => f.sangongBudget) },
      { name: "决算数", values: current.map((f) => f.sangongActual) },
    ],
    "万元",
  );
  slides.push({
    title: "“三公”经费对比",
    narrative: narrativeOf(
      describeCompare({ year, metric: "“三公”经费", kind: "amount", items: current.map((f) => ({ name: f.name, value: f.sangongActual })) }),
      omittedNote(sangong.omitted, "预算数或决算数"),
    ),
    ...(sangong.chart === undefined ? {} : { chart: sangong.chart }),
    source: `${source} 公开09表`,
  });

  const priorOf = (id: number) => prior.find((p) => p.departmentId === id)?.expenditure ?? null;
  const change = nativeChart(
    "bar",
    names,
    [
      { name: `${year - 1}年`, values: current.map((f) => priorOf(f.departmentId)) },
      { name: `${year}年`, values: current.map((f) => f.expenditure) },
    ],
    "万元",
  );
  slides.push({
    title: "支出同比变化",
    narrative: narrativeOf(
      ...current.map((f) => {
        const sentence = describeTotal({ year, total: f.expenditure, prior: priorOf(f.departmentId) });
        return sentence === "" ? "" : `${f.name}：${sentence}`;
      }),
      omittedNote(change.omitted, "上年数据"),
    ),
    ...(change.chart === undefined ? {} : { chart: change.chart }),
    source: `${source} 公开01表`,
  });

  return {
    title: `${year}年度部门决算对比汇报材料`,
    subtitle: `${names.join("、")}${current.some((f) => f.isDemo) ? "（含示例数据，非真实部门）" : ""}`,
    generatedAt,
    slides,
    findings: deckFindings(findings.rows, true),
    findingsTotal: findings.total,
    fileStem: fileStem(`${year}年度`, "部门对比", "汇报材料"),
  };
}
