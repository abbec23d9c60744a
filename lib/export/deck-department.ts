import { NARRATIVE_SUFFIX } from "@/lib/charts";
import { chartTable } from "@/lib/charts/registry";
import type { DepartmentDeckData } from "@/lib/queries/deck/get-department-deck-data";
import { BASIS_BUDGET_LABEL, PERFORMANCE_RATE_LABEL, rateLabel } from "@/lib/figures/execution";
import { describeCompare, describeExecution, describeSangong, describeStructure, describeTotal } from "./narrative";
import { figureById, figureSentence } from "@/lib/figures/figure";
import type { DeckPlan, DeckPlanSlide } from "./deck-plan";
import { deckFindings, fileStem, imageRequest, nativeChart, narrativeOf, omittedNote, slideWhen, sourceText } from "./deck-parts";

/**
 * The department briefing: 支出总体, 支出构成 (基本/项目, 功能分类, 收入来源, 经济分类), 预算执行, 三公, 绩效自评 and the
 * department's place among the departments the viewer may see, each with a sentence computed from the figures; the
 * closing slide lists the report's 审核 findings. Pure: the data comes from getDepartmentDeckData.
 */
export function departmentDeckPlan(data: DepartmentDeckData, generatedAt: Date): DeckPlan {
  const { view, facts, city } = data;
  const { year, profile } = view;
  const name = profile.name;
  const summary = view.summary;
  const period = `${year}年度`;
  const slides: DeckPlanSlide[] = [];

  const yoyPoints = [...view.yoy.total.points].sort((a, b) => a.year - b.year);
  const total = nativeChart(
    "bar",
    yoyPoints.map((p) => (p.source === "narrative" ? `${p.year}${NARRATIVE_SUFFIX}` : `${p.year}年`)),
    [{ name: "支出合计", values: yoyPoints.map((p) => p.amount) }],
    "万元",
  );
  const basis = view.execution?.basis ?? city.execBasis;
  const ownRate = facts === null ? null : (view.execution?.rollup[basis].ratePct ?? null);
  slides.push({
    title: "支出总体情况",
    narrative: narrativeOf(
      // The page's tiles word for word (lib/figures): value, change on the prior year and what that change compares.
      ...view.figures.filter((f) => f.id !== "execRate").map((f) => `${figureSentence(f)}。`),
      describeTotal({
        year,
        rate: ownRate,
        rateName: rateLabel(basis, "预算执行率"),
        cityAverageRate: city.departments > 1 ? city.execRatePct : null,
      }),
      ownRate === null ? "" : `执行率为一般公共预算各项决算数与${BASIS_BUDGET_LABEL[basis]}数之比（只计列出该预算的项）。`,
      omittedNote(total.omitted),
    ),
    ...(total.chart === undefined ? {} : { chart: total.chart }),
    table: chartTable("yoy", view.yoy.total, { title: "支出合计年度变化", source: sourceText(view.yoy.source) }),
    ...(view.yoy.source === null ? {} : { source: sourceText(view.yoy.source) }),
  });

  const spending = view.funding?.spending;
  slides.push(
    ...slideWhen(spending !== undefined && spending.parts.some((p) => p.amount !== null), () => {
      const parts = spending!.parts;
      const chart = nativeChart("doughnut", parts.map((p) => p.label), [{ name: "金额", values: parts.map((p) => p.amount) }], "万元");
      return {
        title: "基本支出与项目支出",
        narrative: narrativeOf(
          describeStructure({ year, subject: "支出", total: spending!.total, items: parts.map((p) => ({ name: p.label, amount: p.amount })), top: 2 }),
          omittedNote(chart.omitted),
        ),
        ...(chart.chart === undefined ? {} : { chart: chart.chart }),
        source: sourceText(spending!.source),
      };
    }),
  );

  const structure = view.structure;
  slides.push(
    ...slideWhen(structure !== null && structure.rows.length > 0, () => {
      const nodes = structure!.chart.nodes;
      const chart = nativeChart("pie", nodes.map((n) => n.name), [{ name: "金额", values: nodes.map((n) => n.amount) }], "万元");
      return {
        title: "支出功能分类结构",
        narrative: narrativeOf(describeStructure({ year, subject: "支出", items: nodes.map((n) => ({ name: n.name, amount: n.amount })) }), omittedNote(chart.omitted)),
        ...(chart.chart === undefined ? {} : { chart: chart.chart }),
        table: chartTable("structure", structure!.chart, { period, source: sourceText(structure!.source) }),
        source: sourceText(structure!.source),
      };
    }),
  );

  const income = view.funding?.income;
  slides.push(
    ...slideWhen(income !== undefined && income.parts.some((p) => p.amount !== null && Number(p.amount) > 0), () => {
      const parts = income!.parts.filter((p) => p.amount !== null && Number(p.amount) > 0);
      const chart = nativeChart("pie", parts.map((p) => p.label), [{ name: "金额", values: parts.map((p) => p.amount) }], "万元");
      return {
        title: "收入来源",
        narrative: narrativeOf(describeStructure({ year, subject: "收入", total: income!.total, items: parts.map((p) => ({ name: p.label, amount: p.amount })) })),
        ...(chart.chart === undefined ? {} : { chart: chart.chart }),
        source: sourceText(income!.source),
      };
    }),
  );

  const economic = view.economic;
  const groups = economic?.chart.categories.flatMap((c) => c.groups) ?? [];
  slides.push(
    ...slideWhen(economic !== null && groups.length > 0, () => {
      const chart = nativeChart("bar", groups.map((g) => g.name), [{ name: "金额", values: groups.map((g) => g.amount) }], "万元");
      const categories = economic!.chart.categories;
      return {
        title: "基本支出经济分类",
        narrative: narrativeOf(
          describeStructure({ year, subject: "基本支出", items: categories.map((c) => ({ name: c.name, amount: c.amount })), top: 2 }),
          omittedNote(chart.omitted),
        ),
        ...(chart.chart === undefined ? {} : { chart: chart.chart }),
        table: chartTable("economic", economic!.chart, { period, source: sourceText(economic!.source) }),
        source: sourceText(economic!.source),
      };
    }),
  );

  const execution = view.execution;
  const budgetOf = (i: { budgetInitial: string | null; budgetFull: string | null }) => (basis === "initial" ? i.budgetInitial : i.budgetFull);
  const budgeted = execution?.items.filter((i) => budgetOf(i) !== null) ?? [];
  // The same 项 name recurs under different 类 (行政运行 under 201 and 213): such names carry their code.
  const itemNames = execution?.items.map((i) => i.name) ?? [];
  const itemLabel = (i: { code: string; name: string }) => (itemNames.filter((n) => n === i.name).length > 1 ? `${i.name}（${i.code}）` : i.name);
  slides.push(
    ...slideWhen(execution !== null && execution.items.length > 0, () => {
      const chart = nativeChart(
        "bar",
        budgeted.map(itemLabel),
        [
          { name: BASIS_BUDGET_LABEL[basis], values: budgeted.map(budgetOf) },
          { name: "决算", values: budgeted.map((i) => i.actual) },
        ],
        "万元",
        // 项 names are long: rotated column labels become unreadable past a handful.
        { horizontal: budgeted.length > 5 },
      );
      return {
        title: `预算执行情况（按项，对${BASIS_BUDGET_LABEL[basis]}）`,
        narrative: narrativeOf(
          describeExecution({
            year,
            noun: "项",
            metric: rateLabel(basis),
            items: execution!.items.map((i) => ({
              name: itemLabel(i),
              rate: i.statedRateBasis === basis ? i.statedRatePct : i.rates[basis],
              budget: budgetOf(i),
              actual: i.actual,
            })),
          }),
        ),
        ...(chart.chart === undefined ? {} : { chart: chart.chart }),
        table: chartTable("execution", execution!.itemChart, { period, source: sourceText(execution!.source) }),
        source: sourceText(execution!.budgetSource),
      };
    }),
  );

  const sangong = view.sangong;
  slides.push(
    ...slideWhen(sangong.chart.years.length > 0 && summary !== null, () => {
      const years = sangong.chart.years;
      const meta = { title: "“三公”经费预算与决算", unit: "万元", period: `${years[0]}—${years.at(-1)}年`, source: sourceText(sangong.source) };
      const narrative = narrativeOf(
        // The prior year of the page's 三公 tile (last year's reports incl. merged units, else the 说明's statement).
        describeSangong({ year, actual: summary!.sangongActual.value, budget: summary!.sangongBudget, prior: figureById(view.figures, "sangongActual")?.change?.prior }),
      );
      const table = chartTable("sangongTrend", sangong.chart, { period: meta.period, source: meta.source });
      // Several years: the page's trend chart (bars and budget lines) as an image. One year: the items as native bars.
      if (years.length > 1) {
        return { title: "“三公”经费", narrative, image: imageRequest("sangongTrend", sangong.chart, meta.unit), table, source: meta.source };
      }
      const items = [...sangong.chart.items, { key: "total", name: "合计", ...sangong.chart.total }];
      const chart = nativeChart(
        "bar",
        items.map((i) => i.name),
        [
          { name: "预算数", values: items.map((i) => i.budget[0] ?? null) },
          { name: "决算数", values: items.map((i) => i.actual[0] ?? null) },
        ],
        "万元",
      );
      return { title: "“三公”经费", narrative: narrative + omittedNote(chart.omitted), ...(chart.chart === undefined ? {} : { chart: chart.chart }), table, source: meta.source };
    }),
  );

  const performance = view.performance;
  slides.push(
    ...slideWhen(performance !== null && performance.projects.length > 0, () => {
      const source = sourceText(performance!.source);
      return {
        title: "项目绩效自评",
        narrative: narrativeOf(
          performance!.overall.ratePct === null ? "" : `${year}年部门整体${PERFORMANCE_RATE_LABEL}${performance!.overall.ratePct}%（绩效自评表所列，非预算执行率）。`,
          describeExecution({ year, noun: "项目", metric: PERFORMANCE_RATE_LABEL, items: performance!.projects.map((p) => ({ name: p.name, rate: p.ratePct, budget: p.budget, actual: p.actual })) }),
        ),
        image: imageRequest("performance", performance!.chart, "%"),
        table: chartTable("performance", performance!.chart, { period, source }),
        source,
      };
    }),
  );

  slides.push(
    ...slideWhen(city.departments > 1, () => {
      const rows = [...city.ranking.rows].filter((r) => r.amount !== null).sort((a, b) => Number(b.amount) - Number(a.amount));
      const shown = rows.slice(0, 15);
      if (!shown.some((r) => r.name === name)) {
        const own = rows.find((r) => r.name === name);
        if (own !== undefined) shown.push(own);
      }
      const chart = nativeChart("bar", shown.map((r) => r.name), [{ name: "本年支出合计", values: shown.map((r) => r.amount) }], "万元", { horizontal: true });
      return {
        title: "在各部门中的位置",
        narrative: narrativeOf(
          describeCompare({ year, metric: "支出", kind: "amount", items: rows.map((r) => ({ name: r.name, value: r.amount })), focus: name }),
          rows.length > shown.length ? `图中列出支出最高的15个部门${shown.length > 15 ? "及本部门" : ""}，完整排名见备注。` : "",
        ),
        ...(chart.chart === undefined ? {} : { chart: chart.chart }),
        table: chartTable("ranking", city.ranking, { period, source: "各部门决算公开01表" }),
        source: `各部门${year}年度部门决算 公开01表`,
      };
    }),
  );

  const findings = summary?.findings ?? [];
  return {
    title: `${name}${year}年度部门决算汇报材料`,
    subtitle: profile.isDemo ? "示例数据（非真实部门）" : "部门决算公开数据分析",
    generatedAt,
    slides,
    findings: deckFindings(findings, false),
    findingsTotal: findings.length,
    fileStem: fileStem(name, `${year}年度`, "汇报材料"),
  };
}
