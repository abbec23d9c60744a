import { afterEach, describe, expect, test, vi } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { useChart } from "@/components/charts/use-chart";
import { CHART_REGISTRY } from "@/lib/charts/registry";
import type { ExecutionDto } from "@/lib/charts";
import { execution } from "./fixtures";

function Probe({ dto, meta }: { dto: ExecutionDto; meta?: { title: string; period: string } }) {
  const { option, table } = useChart("execution", dto, meta);
  return createElement("pre", null, JSON.stringify({ option, table }));
}

afterEach(() => vi.restoreAllMocks());

/** The server's render of a chart: ECharts draws only in the browser, so nothing is built for it there. */
describe("useChart on the server", () => {
  test("builds neither the option nor the table, and hands the card an empty table under the same title", () => {
    const build = vi.spyOn(CHART_REGISTRY.execution, "build");
    const table = vi.spyOn(CHART_REGISTRY.execution, "table");
    const html = renderToStaticMarkup(createElement(Probe, { dto: execution, meta: { title: "预算执行情况", period: "2024年度" } }));
    const rendered = JSON.parse(html.replace(/^<pre>|<\/pre>$/g, "").replace(/&quot;/g, '"')) as { option: object; table: { title: string; rows: unknown[]; columns: unknown[] } };
    expect(rendered.option).toEqual({});
    expect(rendered.table).toEqual({ title: "预算执行情况", columns: [], rows: [] });
    expect(build).not.toHaveBeenCalled();
    expect(table).not.toHaveBeenCalled();
  });
});
