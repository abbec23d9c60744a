import { bucketRates, type HeatmapDto } from "@/lib/charts";
import { chartTable } from "@/lib/charts/registry";
import { shortCodeName } from "@/lib/charts/short-name";
import { ratePct } from "@/lib/figures/rates";
import { ATTENTION_LABELS } from "@/lib/queries/overview/attention";
import type { OverviewDeckData } from "@/lib/queries/deck/get-overview-deck-data";
import { BASIS_BUDGET_LABEL, rateLabel, rollupRatePct } from "@/lib/figures/execution";
import { describeCompare, describeExecution, describeSangong } from "./narrative";
import { figureById, figureSentence, type FigureValue } from "@/lib/figures/figure";
import type { FigureId } from "@/lib/figures/definitions";
import type { DeckPlan, DeckPlanSlide } from "./deck-plan";
import { deckFindings, fileStem, nativeChart, narrativeOf, omittedNote, slideWhen } from "./deck-parts";

/** As many bars as keep a 12 pt name each on the slide (LibreOffice and PowerPoint drop names that would touch). */
const RANKING_SHOWN = 10;
const HEATMAP_CELLS_SHOWN = 10;

function sentenceOf(figures: ReadonlyArray<FigureValue>, id: FigureId): string {
  const f = figureById(figures, id);
  return f === undefined ? "" : `${figureSentence(f)}。`;
}
const ATTENTION_SHOWN = 12;

/**
 * The city briefing from the 总览 data: totals against the prior year, the spending ranking, the distribution of
 * execution rates, the department × 类 cells furthest from 100% (the whole matrix in the notes), 三公 by department and the 需关注 list;
 * the closing slide lists the year's 审核 findings across departments.
 */
export function overviewDeckPlan(data: OverviewDeckData, generatedAt: Date): DeckPlan {
  const { overview, facts, heatmap, findings } = data;
  const { year } = overview;
  const current = overview.current!;
  const prior = overview.prior;
  const period = `${year}年度`;
  const tableSource = `各部门${year}年度部门决算`;
  const slides: DeckPlanSlide[] = [];

  const totals = nativeChart(
    "bar",
    ["本年支出合计", "财政拨款支出"],
    [
      ...(prior === null ? [] : [{ name: `${year - 1}年`, values: [prior.expenditure, prior.fiscal] }]),
      { name: `${year}年`, values: [current.expenditure, current.fiscal] },
    ],
    "万元",
  );
  slides.push({
    title: `${overview.region.label}部门支出总体情况`,
    narrative: narrativeOf(
      `${year}年共${current.departments}个部门公开决算（${current.reports}份报告）。`,
      // The page's tiles, word for word: same value, label, change and the scope of the change (同口径).
      ...(["expenditure", "fiscal", "execRate"] as const).map((id) => sentenceOf(overview.figures, id)),
      omittedNote(totals.omitted),
    ),
    ...(totals.chart === undefined ? {} : { chart: totals.chart }),
    source: tableSource,
  });

  const ranked = [...overview.ranking.rows].filter((r) => r.amount !== null).sort((a, b) => Number(b.amount) - Number(a.amount));
  const top = ranked.slice(0, RANKING_SHOWN);
  const ranking = nativeChart("bar", top.map((r) => r.name), [{ name: "本年支出合计", values: top.map((r) => r.amount) }], "万元", { horizontal: true });
  slides.push({
    title: "部门支出排名",
    narrative: narrativeOf(
      describeCompare({ year, metric: "支出", kind: "amount", items: ranked.map((r) => ({ name: r.name, value: r.amount })) }),
      ranked.length > top.length ? `图中列出前${top.length}个部门，完整排名见备注。` : "",
    ),
    ...(ranking.chart === undefined ? {} : { chart: ranking.chart }),
    table: chartTable("ranking", overview.ranking, { period, source: tableSource }),
    source: `${tableSource} 公开01表`,
  });

  const { buckets, missing } = bucketRates(overview.rates.rates);
  const histogram = nativeChart("bar", buckets.map((b) => b.label), [{ name: "部门数", values: buckets.map((b) => String(b.count)) }], "个");
  slides.push({
    title: `${rateLabel(overview.basis, "预算执行率")}分布`,
    narrative: narrativeOf(
      describeExecution({ year, noun: "部门", metric: rateLabel(overview.basis), items: facts.map((f) => ({ name: f.name, rate: rollupRatePct(f, overview.basis) })) }),
      missing > 0 ? `另有${missing}个部门未说明${BASIS_BUDGET_LABEL[overview.basis]}（或为 0），未计入分布。` : "",
    ),
    ...(histogram.chart === undefined ? {} : { chart: histogram.chart }),
    table: chartTable("histogram", overview.rates, { period }),
    source: `${tableSource} 决算情况说明（${BASIS_BUDGET_LABEL[overview.basis]}）与公开05表`,
  });

  slides.push(
    ...slideWhen(heatmap.departments.length > 0 && heatmap.codes.length > 0, () => {
      const source = `${tableSource} 公开05表`;
      const metric = rateLabel(overview.basis, "预算执行率");
      const cells = heatmapCells(heatmap);
      // A department × 类 matrix of every department prints at a few points on a slide: the cells furthest from 100%
      // as bars instead, the whole matrix in the notes.
      const shown = [...cells].sort((a, b) => Math.abs(b.rateNumber - 100) - Math.abs(a.rateNumber - 100)).slice(0, HEATMAP_CELLS_SHOWN);
      const bars = nativeChart("bar", shown.map((c) => c.label), [{ name: metric, values: shown.map((c) => c.rate) }], "%", { horizontal: true });
      return {
        title: "各部门分科目预算执行",
        narrative: narrativeOf(
          describeExecution({ year, noun: "部门·科目", metric: rateLabel(overview.basis), items: cells.map((c) => ({ name: c.name, budget: c.budget, actual: c.actual })), limit: 3 }),
          cells.length > shown.length ? `图中列出执行率偏离 100% 最多的${shown.length}个部门·科目（共${cells.length}个），完整矩阵见备注。` : "",
        ),
        ...(bars.chart === undefined ? {} : { chart: bars.chart }),
        table: chartTable("heatmap", heatmap, { period, source }),
        source,
      };
    }),
  );

  const sangong = facts.filter((f) => f.sangongActual !== null).sort((a, b) => Number(b.sangongActual) - Number(a.sangongActual));
  slides.push(
    ...slideWhen(sangong.length > 0, () => {
      const shown = sangong.slice(0, RANKING_SHOWN);
      const chart = nativeChart(
        "bar",
        shown.map((f) => f.name),
        [
          { name: "预算数", values: shown.map((f) => f.sangongBudget) },
          { name: "决算数", values: shown.map((f) => f.sangongActual) },
        ],
        "万元",
        { horizontal: true },
      );
      return {
        title: "“三公”经费",
        narrative: narrativeOf(
          sentenceOf(overview.figures, "sangongActual"),
          describeSangong({ year, actual: current.sangongActual, budget: current.sangongBudget }),
          sangong.length > shown.length ? `图中列出决算数最高的${shown.length}个部门。` : "",
          omittedNote(chart.omitted, "预算数"),
        ),
        ...(chart.chart === undefined ? {} : { chart: chart.chart }),
        source: `${tableSource} 公开09表`,
      };
    }),
  );

  const attention = overview.attention;
  const listed = attention.slice(0, ATTENTION_SHOWN).map((a) => `【${ATTENTION_LABELS[a.kind]}】${a.department}：${a.message}`);
  slides.push({
    title: "需关注事项",
    narrative:
      attention.length === 0
        ? "按当前阈值，本年度没有需关注的部门。"
        : [...listed, ...(attention.length > listed.length ? [`另有${attention.length - listed.length}项，见总览页面。`] : [])].join("\n"),
    source: `阈值：执行率低于${overview.thresholds.executionLowPct}%或高于${overview.thresholds.executionHighPct}%，三公增长超过${overview.thresholds.sangongGrowthPct}%，支出增长超过${overview.thresholds.expenditureGrowthPct}%`,
  });

  return {
    title: `${overview.region.label}${year}年度部门决算总览汇报材料`,
    subtitle: overview.isDemo ? "含示例数据（非真实部门）" : `${current.departments}个部门决算公开数据分析`,
    generatedAt,
    slides,
    findings: deckFindings(findings.rows, true),
    findingsTotal: findings.total,
    fileStem: fileStem(`${year}年度`, "部门决算总览", "汇报材料"),
  };
}

/** Every department × code cell with a rate, named "部门·科目" in full and as a short chart label. */
function heatmapCells(heatmap: HeatmapDto) {
  const codes = new Map(heatmap.codes.map((c) => [c.code, c.name]));
  const departments = new Map(heatmap.departments.map((d) => [d.id, d.name]));
  return heatmap.cells.flatMap((cell) => {
    const rate = ratePct(cell.actual, cell.budget);
    if (rate === null) return [];
    const department = departments.get(cell.departmentId) ?? cell.departmentId;
    const code = codes.get(cell.code) ?? cell.code;
    return [{ ...cell, rate, rateNumber: Number(rate), name: `${department}·${code}`, label: `${department}·${shortCodeName(code)}` }];
  });
}
