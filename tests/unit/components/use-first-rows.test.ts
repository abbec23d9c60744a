import { describe, expect, test } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SERVER_ROWS, useFirstRows } from "@/components/layout/use-first-rows";
import { DepartmentTable } from "@/components/department/department-table";
import type { DepartmentListRow } from "@/lib/queries/department/list-departments";

function Probe({ rows }: { rows: number[] }) {
  return createElement("ol", null, useFirstRows(rows).map((n) => createElement("li", { key: n }, n)));
}

const listed = (html: string) => [...html.matchAll(/<li>(\d+)<\/li>/g)].map((m) => Number(m[1]));

/** The server draws a long table's first screen; the browser draws every row once the page is live (e2e: departments). */
describe("useFirstRows on the server", () => {
  test("a long list is cut to its first rows, in order", () => {
    const rows = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(listed(renderToStaticMarkup(createElement(Probe, { rows })))).toEqual(rows.slice(0, SERVER_ROWS));
  });

  test("a list that fits is drawn whole", () => {
    const rows = Array.from({ length: SERVER_ROWS }, (_, i) => i + 1);
    expect(listed(renderToStaticMarkup(createElement(Probe, { rows })))).toEqual(rows);
    expect(listed(renderToStaticMarkup(createElement(Probe, { rows: [] })))).toEqual([]);
  });

  test("the department list's server HTML holds its first rows, with their links", () => {
    const rows: DepartmentListRow[] = Array.from({ length: 60 }, (_, i) => ({
      id: i + 1, name: `部门${i + 1}`, kind: "行政", isDemo: false, years: [2023, 2024], latestYear: 2024,
      latestExpenditure: "1000000.00", latestIncome: "1000000.00", errorCount: 0, warningCount: 0, mergedInto: null, mergedFrom: [], aliases: [], events: 0,
    }));
    const html = renderToStaticMarkup(createElement(DepartmentTable, { rows, sort: "name", q: "", region: null }));
    expect(html.match(/<tr/g)?.length).toBe(SERVER_ROWS + 1);
    expect(html).toContain('href="/departments/25"');
    expect(html).not.toContain('href="/departments/26"');
  });
});
