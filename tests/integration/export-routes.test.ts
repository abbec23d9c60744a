import ExcelJS from "exceljs";
import { SaxesParser } from "saxes";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { LOCAL_VIEWER, type Viewer } from "@/lib/auth/viewer";
import { setProcessDatabase } from "@/lib/db/client";
import { pngSize } from "@/lib/export/deck-media";
import { loadDemoCity } from "@/lib/ingest/load-demo";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/resolve-viewer", () => ({
  resolveViewer: async () => {
    if (session.viewer === null) throw new Error("test forgot to set a viewer");
    return { kind: "token", viewer: session.viewer };
  },
}));

const { GET: getChart } = await import("@/app/api/charts/[chart]/route");
const { POST: postXlsx } = await import("@/app/api/export/xlsx/route");

const YEAR = 2024;
let cleanup: () => Promise<void>;
let departmentId: number;
let departmentName: string;
let otherId: number;

function wellFormed(xml: string): void {
  const parser = new SaxesParser();
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

function chart(name: string, query: string): Promise<Response> {
  return getChart(new Request(`http://test/api/charts/${name}?${query}`), { params: Promise.resolve({ chart: name }) });
}

beforeAll(async () => {
  const opened = await openTestDatabase();
  cleanup = opened.cleanup;
  setProcessDatabase(opened.db);
  await loadDemoCity(opened.db.prisma, { departments: 6, years: [2023, 2024], seed: 11, xlsxEvery: 0 });
  const reports = await opened.db.prisma.report.findMany({
    where: { year: YEAR, currentKey: { not: null } },
    include: { department: true },
    orderBy: { departmentId: "asc" },
  });
  departmentId = reports[0]!.departmentId;
  departmentName = reports[0]!.department.name;
  otherId = reports[1]!.departmentId;
  session.viewer = LOCAL_VIEWER;
}, 600_000);

afterAll(async () => {
  await cleanup?.();
});

describe(`GET /api/charts/{chart}.svg on ${dbLabel}`, () => {
  const cases = () =>
    [
      ["department-structure", `id=${departmentId}&year=${YEAR}`, "支出功能分类结构"],
      ["department-yoy", `id=${departmentId}`, "支出合计年度变化"],
      ["department-sangong", `id=${departmentId}`, "“三公”经费预算与决算"],
      ["city-ranking", `year=${YEAR}`, "部门本年支出合计排名"],
      ["execution-heatmap", `year=${YEAR}`, "部门 × 科目 预算执行率"],
    ] as const;

  test("each chart is well-formed SVG carrying its title, source and export date", async () => {
    for (const [name, query, title] of cases()) {
      const response = await chart(`${name}.svg`, query);
      expect(response.status, name).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
      const svg = await response.text();
      expect(() => wellFormed(svg), name).not.toThrow();
      expect(svg, name).toContain(title);
      expect(svg, name).toContain("导出日期：");
      expect(svg, name).toContain('fill="#ffffff"');
    }
  }, 60_000);

  test("the department charts name the department in their source line", async () => {
    const svg = await (await chart("department-structure.svg", `id=${departmentId}&year=${YEAR}`)).text();
    expect(svg).toContain(`来源：${departmentName} ${YEAR}年度部门决算 公开03表`);
  });

  test("PNG at twice the framed size (sharp with the system CJK fonts), or 501 in Chinese without it", async () => {
    const response = await chart("department-yoy.png", `id=${departmentId}`);
    if (response.status === 501) {
      expect((await response.json()).error.message).toContain("PNG");
      return;
    }
    expect(response.headers.get("content-type")).toBe("image/png");
    const size = pngSize(new Uint8Array(await response.arrayBuffer()));
    expect(size).toEqual({ width: 880 * 2, height: (420 + 64 + 40) * 2 });
  }, 60_000);

  test.each([
    ["nothing.svg", "year=2024", 404],
    ["city-ranking.gif", "year=2024", 404],
    ["city-ranking.svg", "year=abc", 400],
    ["city-ranking.svg", "year=2030", 404],
  ])("%s?%s → %i", async (name, query, status) => {
    expect((await chart(name, query)).status).toBe(status);
  });

  test("a department-scoped viewer gets 404 for another department's chart", async () => {
    session.viewer = { userId: 5, name: "部门用户", role: "viewer", departmentIds: [otherId] };
    try {
      expect((await chart("department-structure.svg", `id=${departmentId}&year=${YEAR}`)).status).toBe(404);
      expect((await chart("department-yoy.svg", `id=${departmentId}`)).status).toBe(404);
      expect((await chart("department-yoy.svg", `id=${otherId}`)).status).toBe(200);
      const ranking = await (await chart("city-ranking.svg", `year=${YEAR}`)).text();
      expect(ranking).not.toContain(departmentName);
    } finally {
      session.viewer = LOCAL_VIEWER;
    }
  });
});

describe("POST /api/export/xlsx", () => {
  const table = {
    title: "预算执行情况",
    period: "2024年度",
    source: "示例 公开05表",
    columns: [
      { key: "name", label: "科目名称", kind: "text" },
      { key: "budget", label: "年初预算", kind: "amount" },
      { key: "rate", label: "执行率", kind: "pct" },
    ],
    rows: [
      { name: "行政运行", budget: "18549100.00", rate: "96.81" },
      { name: "=HYPERLINK(\"http://x\")", budget: null, rate: null },
    ],
  };
  const post = (body: string, headers: Record<string, string> = {}) =>
    postXlsx(new Request("http://test/api/export/xlsx", { method: "POST", body, headers: { "content-type": "application/json", ...headers } }));

  test("numbers stay numbers in 万元, text stays text, file named <title>-<period>.xlsx", async () => {
    const response = await post(JSON.stringify({ tables: [table] }));
    expect(response.status).toBe(200);
    expect(decodeURIComponent(response.headers.get("content-disposition") ?? "")).toContain("预算执行情况-2024年度.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const header = sheet.getRow(4);
    expect(header.getCell(2).value).toBe("年初预算（万元）");
    expect(sheet.getRow(5).getCell(2).value).toBe(1854.91);
    expect(sheet.getRow(5).getCell(2).numFmt).toBe("#,##0.00");
    expect(sheet.getRow(5).getCell(3).value).toBe(96.81);
    expect(sheet.getRow(6).getCell(1).value).toBe('=HYPERLINK("http://x")');
    expect(sheet.getRow(6).getCell(1).type).toBe(ExcelJS.ValueType.String);
  });

  test.each([
    ["not json", "{", 400],
    ["no tables", JSON.stringify({ tables: [] }), 400],
    ["bad column kind", JSON.stringify({ tables: [{ ...table, columns: [{ key: "a", label: "A", kind: "money" }] }] }), 400],
    ["object cell", JSON.stringify({ tables: [{ ...table, rows: [{ name: { x: 1 } }] }] }), 400],
  ])("%s → %i", async (_label, body, status) => {
    expect((await post(body)).status).toBe(status);
  });

  test("bodies over the bound are refused before parsing", async () => {
    const big = "x".repeat(2_100_000);
    expect((await post(JSON.stringify({ tables: [{ ...table, title: big }] }))).status).toBe(413);
    expect((await post("{}", { "content-length": "9999999" })).status).toBe(413);
  });
});
