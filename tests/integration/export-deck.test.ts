import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { SaxesParser } from "saxes";
import { Decimal } from "@/lib/money";
import { LOCAL_VIEWER, type Viewer } from "@/lib/auth/viewer";
import { setProcessDatabase } from "@/lib/db/client";
import { expectedParsed, generateCity, type DemoReport } from "@/lib/demo";
import { loadDemoCity, loadSampleReports } from "@/lib/ingest/load-demo";
import { getDepartmentDeckData } from "@/lib/queries/deck/get-department-deck-data";
import { resolveRegionViewer } from "@/lib/queries/region/region-scope";
import { partsMatching, readPptx, type PptxParts } from "../unit/export/pptx-reader";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

/** Route handlers resolve the viewer from the request's credentials; here the test decides who is looking. */
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/resolve-viewer", () => ({
  resolveViewer: async () => {
    if (session.viewer === null) throw new Error("test forgot to set a viewer");
    return { kind: "token", viewer: session.viewer };
  },
}));

const { GET: getDeck } = await import("@/app/api/deck/route");

const DEMO = { departments: 8, years: [2022, 2024] as [number, number], seed: 7 };
const YEAR = 2024;
let cleanup: () => Promise<void>;
let demoId: number;
let otherId: number;
let thirdId: number;
let demoReports: DemoReport[];
let findingCount: number;

/** A demo department with a report every year under one name, untouched by merges and renames. */
function steadyDemoDepartments(): Array<{ name: string; reports: DemoReport[] }> {
  const city = generateCity(DEMO);
  const touched = new Set(city.events.flatMap((e) => [e.from, e.to]));
  const span = DEMO.years[1] - DEMO.years[0] + 1;
  return city.departments
    .filter((d) => {
      const names = new Set(Object.values(d.names));
      const [name] = [...names];
      return names.size === 1 && name !== undefined && !touched.has(name) && Object.keys(d.names).length === span;
    })
    .map((d) => ({
      name: Object.values(d.names)[0]!,
      reports: city.reports.filter((r) => r.lineageId === d.lineageId).sort((a, b) => a.year - b.year),
    }));
}

/** "2,907.92" from a 元 string, computed here independently of lib/export. */
function wan(yuan: string): string {
  const fixed = new Decimal(yuan).dividedBy(10000).toFixed(2, Decimal.ROUND_HALF_UP);
  const [int = "0", frac] = fixed.split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`;
}

function wellFormed(xml: string): void {
  const parser = new SaxesParser();
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

async function fetchDeck(query: string): Promise<Response> {
  return getDeck(new Request(`http://test/api/deck?${query}`));
}

async function slideTexts(parts: PptxParts): Promise<string[]> {
  const names = partsMatching(parts, /^ppt\/slides\/slide\d+\.xml$/).sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  return Promise.all(names.map((name) => parts.text(name)));
}

beforeAll(async () => {
  const opened = await openTestDatabase();
  cleanup = opened.cleanup;
  setProcessDatabase(opened.db);
  const prisma = opened.db.prisma;
  await loadSampleReports(prisma);
  await loadDemoCity(prisma, { ...DEMO, xlsxEvery: 0 });
  const steady = steadyDemoDepartments();
  const [first, second, third] = steady;
  if (first === undefined || second === undefined || third === undefined) throw new Error("need three steady demo departments");
  demoReports = first.reports;
  demoId = (await prisma.department.findFirstOrThrow({ where: { name: first.name } })).id;
  otherId = (await prisma.department.findFirstOrThrow({ where: { name: second.name } })).id;
  thirdId = (await prisma.department.findFirstOrThrow({ where: { name: third.name } })).id;
  findingCount = await prisma.finding.count({ where: { report: { departmentId: demoId, year: YEAR, currentKey: { not: null } } } });
}, 600_000);

afterAll(async () => {
  await cleanup?.();
});

describe(`GET /api/deck on ${dbLabel}: department`, () => {
  let parts: PptxParts;
  let slides: string[];
  let response: Response;

  beforeAll(async () => {
    session.viewer = LOCAL_VIEWER;
    response = await fetchDeck(`kind=department&id=${demoId}&year=${YEAR}`);
    parts = await readPptx(new Uint8Array(await response.arrayBuffer()));
    slides = await slideTexts(parts);
  }, 120_000);

  test("answers a PPTX attachment named after the department and year", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    expect(decodeURIComponent(response.headers.get("content-disposition") ?? "")).toContain(`${YEAR}年度-汇报材料.pptx`);
  });

  test("valid OOXML: content types, well-formed slide XML, title + content + closing slides", async () => {
    const types = await parts.text("[Content_Types].xml");
    expect(types).toContain("presentationml.presentation.main+xml");
    for (const xml of slides) expect(() => wellFormed(xml)).not.toThrow();
    // 支出总体, 基本/项目, 功能分类, 收入来源, 经济分类, 执行, 三公, 绩效, 位置 — the demo report has all of them.
    expect(slides).toHaveLength(1 + 9 + 1);
    expect(slides[0]).toContain(`${YEAR}年度部门决算汇报材料`);
    expect(slides.at(-1)).toContain("审核发现");
  });

  test("native charts for bar/pie slides, rendered images for 三公 and 绩效", () => {
    expect(partsMatching(parts, /^ppt\/charts\/chart\d+\.xml$/).length).toBeGreaterThanOrEqual(6);
    const images = partsMatching(parts, /^ppt\/media\/.*\.(png|svg)$/);
    expect(images.length).toBeGreaterThanOrEqual(2);
  });

  test("narrative figures equal the generator's figures for that department and year", () => {
    const current = expectedParsed(demoReports.find((r) => r.year === YEAR)!);
    const prior = expectedParsed(demoReports.find((r) => r.year === YEAR - 1)!);
    const total = new Decimal(current.totals.expenditure!);
    const growth = total.minus(prior.totals.expenditure!).dividedBy(prior.totals.expenditure!).times(100);
    // The page's tile word for word: label, value, change on the prior year's report and what it compares.
    const sign = growth.isNegative() ? "-" : "+";
    expect(slides[1]).toContain(`支出合计${wan(current.totals.expenditure!)}万元，比${YEAR - 1}年${sign}${growth.abs().toFixed(2, Decimal.ROUND_HALF_UP)}%（上年报告）`);

    const sangong = slides.find((xml) => xml.includes("“三公”经费支出"))!;
    expect(sangong).toContain(`“三公”经费支出${wan(current.sangong.actual.total!)}万元`);
    expect(sangong).toContain(`预算（${wan(current.sangong.budget.total!)}万元）`);

    const split = slides.find((xml) => xml.includes("基本支出与项目支出"))!;
    expect(split).toContain(`基本支出${wan(current.totals.basicExpenditure!)}万元`);
    expect(split).toContain(`项目支出${wan(current.totals.projectExpenditure!)}万元`);
  });

  test("closing slide lists the report's 审核 findings", () => {
    const closing = slides.at(-1)!;
    if (findingCount === 0) expect(closing).toContain("未发现审核问题");
    else expect((closing.match(/【(错误|警告|提示)】/g) ?? []).length).toBe(Math.min(findingCount, 14));
  });
});

describe(`GET /api/deck on ${dbLabel}: scope and other kinds`, () => {
  test("a department-scoped viewer cannot export another department", async () => {
    session.viewer = { userId: 9, name: "部门用户", role: "viewer", departmentIds: [otherId] };
    expect((await fetchDeck(`kind=department&id=${demoId}&year=${YEAR}`)).status).toBe(404);
    expect(await getDepartmentDeckData(await resolveRegionViewer(session.viewer, {}), demoId, YEAR)).toBeNull();
    expect((await fetchDeck(`kind=compare&ids=${demoId},${otherId}&year=${YEAR}`)).status).toBe(404);
    expect((await fetchDeck(`kind=department&id=${otherId}&year=${YEAR}`)).status).toBe(200);
  }, 120_000);

  test("the scoped viewer's overview deck holds only their department", async () => {
    session.viewer = { userId: 9, name: "部门用户", role: "viewer", departmentIds: [otherId] };
    const response = await fetchDeck(`kind=overview&year=${YEAR}`);
    expect(response.status).toBe(200);
    const slides = await slideTexts(await readPptx(new Uint8Array(await response.arrayBuffer())));
    expect(slides.join("")).toContain(`${YEAR}年共1个部门公开决算`);
  }, 120_000);

  test("overview deck: ranking chart, the department·科目 cells furthest from 100% as bars, findings", async () => {
    session.viewer = LOCAL_VIEWER;
    const response = await fetchDeck(`kind=overview&year=${YEAR}`);
    expect(response.status).toBe(200);
    const parts = await readPptx(new Uint8Array(await response.arrayBuffer()));
    const slides = await slideTexts(parts);
    expect(slides.length).toBeGreaterThanOrEqual(7);
    expect(slides.some((xml) => xml.includes("部门支出排名"))).toBe(true);
    // 示例市 only (the real samples are in their own regions): the same departments report in both years, so the
    // totals slide needs no like-for-like note.
    expect(slides.some((xml) => xml.includes("按同口径（两年均公开的"))).toBe(false);
    expect(slides.some((xml) => xml.includes("示例市部门支出总体情况"))).toBe(true);
    expect(slides.some((xml) => xml.includes("各部门分科目预算执行"))).toBe(true);
    // Native charts only (editable, 12 pt text): totals, ranking, distribution, cells, 三公.
    expect(partsMatching(parts, /^ppt\/charts\/chart\d+\.xml$/).length).toBeGreaterThanOrEqual(5);
  }, 120_000);

  test("compare deck: one chart per comparison, names of every department", async () => {
    session.viewer = LOCAL_VIEWER;
    const response = await fetchDeck(`kind=compare&ids=${demoId},${otherId},${thirdId}&year=${YEAR}`);
    expect(response.status).toBe(200);
    const parts = await readPptx(new Uint8Array(await response.arrayBuffer()));
    const slides = await slideTexts(parts);
    expect(slides).toHaveLength(1 + 5 + 1);
    expect(partsMatching(parts, /^ppt\/charts\/chart\d+\.xml$/).length).toBeGreaterThanOrEqual(3);
  }, 120_000);

  test.each([
    ["kind=department&year=2024", 400],
    ["kind=compare&ids=1&year=2024", 400],
    ["kind=compare&ids=1,2,3,4,5,6,7&year=2024", 400],
    ["kind=overview&year=1800", 400],
    ["kind=department&id=999999&year=2024", 404],
    ["kind=overview&year=2030", 404],
  ])("%s → %i", async (query, status) => {
    session.viewer = LOCAL_VIEWER;
    expect((await fetchDeck(query)).status).toBe(status);
  });
});
