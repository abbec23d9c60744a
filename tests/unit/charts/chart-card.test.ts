import { describe, expect, test } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ChartCard } from "@/components/charts/chart-card";
import { DataTableView } from "@/components/charts/data-table-view";
import { buildExecutionOption, toExecutionTable } from "@/lib/charts";
import { defaultChartContext } from "@/lib/charts/context";
import { execution } from "./fixtures";

/** Server render of the card (effects do not run): the shell a page sends before the chart hydrates. */
describe("ChartCard server render", () => {
  const option = buildExecutionOption(execution, defaultChartContext());
  const html = renderToStaticMarkup(
    createElement(ChartCard, {
      title: "预算执行情况",
      period: "2024年度",
      option,
      table: toExecutionTable(execution),
      source: { department: "咸宁市人民政府办公室", year: 2024, table: "公开05表", page: 6, reportId: 41 },
    }),
  );

  test("title, unit, period, toggle and export buttons", () => {
    expect(html).toContain("预算执行情况");
    expect(html).toContain("单位：万元");
    expect(html).toContain("2024年度");
    expect(html).toContain('aria-pressed="false"');
    expect(html).toContain("数据表");
    expect(html).toContain("导出 PNG");
    expect(html).toContain("导出 SVG");
  });

  test("source note links to the page in the evidence viewer, same tab", () => {
    expect(html).toContain('<a class="source-link" href="/evidence/41?page=6">咸宁市人民政府办公室 2024年度部门决算 公开05表 第6页</a>');
    expect(html).not.toContain("target=");
  });

  test("no unit line for unit-less charts, no toggle without a table", () => {
    const bare = renderToStaticMarkup(createElement(ChartCard, { title: "分布", unit: null, option }));
    expect(bare).not.toContain("单位：");
    expect(bare).not.toContain("数据表");
    expect(bare).not.toContain("来源");
  });
});

describe("DataTableView", () => {
  test("formats amounts in 万元 with unit in the header, rates with %, missing as —", () => {
    const html = renderToStaticMarkup(createElement(DataTableView, { table: toExecutionTable(execution), caption: true }));
    expect(html).toContain("<caption>预算执行情况</caption>");
    expect(html).toContain("年初预算（万元）");
    expect(html).toContain("1,854.91");
    expect(html).toContain("139.52%");
    expect(html).toContain("—");
    expect(html.match(/<tr>/g)).toHaveLength(5);
  });
});
