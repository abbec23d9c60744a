import type { CompareDto } from "@/lib/charts";
import { chartTable } from "@/lib/charts/registry";
import type { CompareDeckData } from "@/lib/queries/deck/get-compare-deck-data";
import { rateLabel } from "@/lib/figures/execution";
import { describeCompare, describeStructure } from "./narrative";
import { figureById, figureSentence } from "@/lib/figures/figure";
import type { DeckPlan, DeckPlanSlide } from "./deck-plan";
import { deckFindings, fileStem, imageRequest, nativeChart, narrativeOf, omittedNote } from "./deck-parts";

/** Every metric of a CompareDto as a clustered bar chart: categories = metrics, one series per department. */
function compareChart(dto: CompareDto) {
  return nativeChart(
    "bar",
    dto.metrics.map((m) => m.label),
    dto.departments.map((d) => ({ name: d.name, values: dto.metrics.map((m) => d.values[m.key] ?? null) })),
    "万元",
  );
}

/**
 * The comparison briefing from the /compare page's data: totals side by side, 类 structure (an image of the page's
 * chart, because a 类 one department does not print leaves a gap no native chart can show), execution rates, 三公 and
 * the change on the prior year; the closing slide lists the compared departments' 审核 findings.
 */
export function compareDeckPlan(data: CompareDeckData, generatedAt: Date): DeckPlan {
  const { year, view, findings } = data;
  const departments = view.departments;
  const names = departments.map((d) => d.name);
  const period = `${year}年度`;
  const source = `各部门${year}年度部门决算`;
  const slides: DeckPlanSlide[] = [];

  const totals = compareChart(view.totals);
  slides.push({
    title: "主要指标对比",
    narrative: narrativeOf(
      describeCompare({ year, metric: "支出", kind: "amount", items: departments.map((d) => ({ name: d.name, value: d.expenditure })) }),
      // The page's table row by row, word for word (lib/figures).
      ...departments.map((d) => `${d.name}：${d.figures.map(figureSentence).join("；")}。`),
      omittedNote(totals.omitted, "部分部门数据"),
    ),
    ...(totals.chart === undefined ? {} : { chart: totals.chart }),
    table: chartTable("compare", view.totals, { title: "主要指标对比", period, source }),
    source: `${source} 公开01表、公开03表`,
  });

  if (view.structure.metrics.length > 0) {
    const meta = { title: "支出功能分类（类）对比", unit: "万元", period, source: `${source} 公开03表` };
    slides.push({
      title: "支出功能分类对比",
      narrative: narrativeOf(
        ...view.structure.departments.map((d) =>
          describeStructure({ subject: `${d.name}支出`, items: view.structure.metrics.map((m) => ({ name: m.label.replace(/^\d+\s*/, ""), amount: d.values[m.key] ?? null })), top: 1 }),
        ),
      ),
      image: imageRequest("compare", view.structure, meta.unit),
      table: chartTable("compare", view.structure, { title: "支出功能分类对比", period, source: meta.source }),
      source: meta.source,
    });
  }

  const rateName = rateLabel("initial", "预算执行率");
  const rates = nativeChart("bar", names, [{ name: rateName, values: departments.map((d) => d.execRatePct) }], "%");
  slides.push({
    title: `${rateName}对比`,
    narrative: narrativeOf(
      describeCompare({ year, metric: rateName, kind: "pct", items: departments.map((d) => ({ name: d.name, value: d.execRatePct })) }),
      omittedNote(rates.omitted, "年初预算"),
    ),
    ...(rates.chart === undefined ? {} : { chart: rates.chart }),
    source: `${source} 决算情况说明（年初预算）与公开05表`,
  });

  const sangong = nativeChart(
    "bar",
    names,
    [
      { name: "预算数", values: departments.map((d) => d.sangongBudget) },
      { name: "决算数", values: departments.map((d) => d.sangongActual) },
    ],
    "万元",
  );
  slides.push({
    title: "“三公”经费对比",
    narrative: narrativeOf(
      describeCompare({ year, metric: "“三公”经费", kind: "amount", items: departments.map((d) => ({ name: d.name, value: d.sangongActual })) }),
      omittedNote(sangong.omitted, "预算数或决算数"),
    ),
    ...(sangong.chart === undefined ? {} : { chart: sangong.chart }),
    table: chartTable("compare", view.sangong, { title: "“三公”经费分项决算对比", period, source: `${source} 公开09表` }),
    source: `${source} 公开09表`,
  });

  const change = nativeChart(
    "bar",
    names,
    [
      { name: `${year - 1}年`, values: departments.map((d) => d.priorExpenditure) },
      { name: `${year}年`, values: departments.map((d) => d.expenditure) },
    ],
    "万元",
  );
  slides.push({
    title: "支出同比变化",
    narrative: narrativeOf(
      ...departments.map((d) => {
        const spending = figureById(d.figures, "expenditure");
        return spending === undefined ? "" : `${d.name}：${figureSentence(spending)}。`;
      }),
      omittedNote(change.omitted, "上年数据"),
    ),
    ...(change.chart === undefined ? {} : { chart: change.chart }),
    source: `${source} 公开01表`,
  });

  return {
    title: `${year}年度部门决算对比汇报材料`,
    subtitle: `${names.join("、")}${view.isDemo ? "（含示例数据，非真实部门）" : ""}`,
    generatedAt,
    slides,
    findings: deckFindings(findings.rows, true),
    findingsTotal: findings.total,
    fileStem: fileStem(`${year}年度`, "部门对比", "汇报材料"),
  };
}
