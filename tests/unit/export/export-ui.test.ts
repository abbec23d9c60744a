import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ChartCard } from "@/components/charts/chart-card";
import { BriefingButton, briefingHref } from "@/components/export/briefing-button";
import { buildExecutionOption, defaultChartContext, toExecutionTable } from "@/lib/charts";
import { exportFileStem, exportTitle } from "@/lib/export/file-name";
import { execution } from "../charts/fixtures";

describe("chart card export menu (server render)", () => {
  const option = buildExecutionOption(execution, defaultChartContext());
  const html = renderToStaticMarkup(createElement(ChartCard, { title: "预算执行情况", period: "2024年度", option, table: toExecutionTable(execution) }));

  test("images and data in one 导出 menu; no clipboard item before the browser says it can", () => {
    for (const label of ["导出", "导出 PNG", "导出 SVG", "下载 CSV", "下载 Excel"]) expect(html).toContain(`>${label}<`);
    expect(html).not.toContain("复制图片");
  });

  test("no data items without a table", () => {
    const bare = renderToStaticMarkup(createElement(ChartCard, { title: "分布", unit: null, option }));
    expect(bare).toContain("导出 PNG");
    expect(bare).not.toContain("下载 CSV");
  });
});

describe("file names and briefing links", () => {
  test.each([
    ["预算执行情况", "2024年度", "预算执行情况-2024年度"],
    ["部门 × 科目: 执行率", undefined, "部门 × 科目_ 执行率"],
    ["a/b\\c", "2019—2024年", "a_b_c-2019—2024年"],
    ["", "", "导出数据"],
  ])("exportFileStem(%j, %j) = %j", (title, period, stem) => {
    expect(exportFileStem(title, period)).toBe(stem);
  });

  test.each([
    [{ kind: "overview" as const, year: 2024 }, "/api/deck?kind=overview&year=2024"],
    [{ kind: "department" as const, id: 7, year: 2023 }, "/api/deck?kind=department&id=7&year=2023"],
    [{ kind: "compare" as const, ids: [3, 5, 9], year: 2024 }, "/api/deck?kind=compare&ids=3%2C5%2C9&year=2024"],
  ])("briefingHref(%j)", (request, href) => {
    expect(briefingHref(request)).toBe(href);
  });

  test("the deck is computed in the page's region, but 全部地区 (the department list's region=all) is not passed on", () => {
    const dept = { kind: "department" as const, id: 7, year: 2024 };
    expect(briefingHref(dept, new URLSearchParams("region=9901&sub=1"))).toBe("/api/deck?kind=department&id=7&year=2024&region=9901&sub=1");
    expect(briefingHref(dept, new URLSearchParams("region=all&q=x"))).toBe("/api/deck?kind=department&id=7&year=2024");
  });

  test("the button is a real link to the deck, disabled for fewer than two compared departments", () => {
    expect(renderToStaticMarkup(createElement(BriefingButton, { kind: "department", id: 7, year: 2024 }))).toContain(
      'href="/api/deck?kind=department&amp;id=7&amp;year=2024"',
    );
    expect(renderToStaticMarkup(createElement(BriefingButton, { kind: "compare", ids: [3], year: 2024 }))).toContain("disabled");
  });
});

describe("exportTitle", () => {
  test.each([
    ["预算执行情况", "示例市财政局", "示例市财政局 预算执行情况"],
    ["示例市财政局支出结构", "示例市财政局", "示例市财政局支出结构"],
    ["部门支出排名", undefined, "部门支出排名"],
    ["部门支出排名", "", "部门支出排名"],
  ])("exportTitle(%j, %j) = %j", (title, department, expected) => {
    expect(exportTitle(title, department)).toBe(expected);
  });
});
