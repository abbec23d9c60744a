import fs from "node:fs";
import { countImportRuns, listImportRuns } from "@/lib/queries/list-import-runs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { NextRequest } from "next/server";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { addUser } from "@/lib/auth/users";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { POST } from "@/app/api/reports/route";
import { GET as getReportRoute } from "@/app/api/reports/[id]/route";
import { GET as getSourceRoute } from "@/app/api/reports/[id]/source/route";
import { buildPdf, textAt } from "../unit/parsers/pdf/minimal-pdf";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

const TEXT = fs.readFileSync("tests/fixtures/xianning-zhengfuban-2024.txt");
const PDF = fs.readFileSync("tests/fixtures/shanghai-putuo-shehuigongzuobu-2024.pdf");
const ANALYST_PASSWORD = "analyst-password-1";
const BASIC = `Basic ${Buffer.from(`analyst:${ANALYST_PASSWORD}`).toString("base64")}`;

let db: Database;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ db, cleanup } = await openTestDatabase());
  setProcessDatabase(db);
  await addUser(db.prisma, { username: "analyst", role: "analyst", password: ANALYST_PASSWORD }, "test");
});
afterAll(async () => cleanup());

async function tableCounts(): Promise<Record<string, number>> {
  const p = db.prisma;
  const [departments, reports, documents, lines, findings, claims, projects] = await Promise.all([
    p.department.count(), p.report.count(), p.sourceDocument.count(), p.functionLine.count(), p.finding.count(),
    p.narrativeClaim.count(), p.performanceProject.count(),
  ]);
  return { departments, reports, documents, lines, findings, claims, projects };
}

function upload(bytes: Uint8Array, fileName: string, query = "", fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], fileName));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return POST(new NextRequest(`http://localhost/api/reports${query}`, { method: "POST", body: form, headers: { authorization: BASIC } }));
}

describe(`import on ${dbLabel}`, () => {
  test("both samples import through the API with 201 and their stored report reads back in the parse shape", async () => {
    const text = await upload(TEXT, "xianning-zhengfuban-2024.txt");
    expect(text.status).toBe(201);
    const body = (await text.json()) as { reportId: number; department: string; year: number; version: number; findings: unknown[] };
    expect(body).toMatchObject({ department: "咸宁市人民政府办公室", year: 2024, version: 1 });
    expect(body.findings.length).toBeGreaterThan(0);

    const pdf = await upload(PDF, "shanghai-putuo-shehuigongzuobu-2024.pdf");
    expect(pdf.status).toBe(201);

    const stored = await getReportRoute(new Request("http://localhost"), { params: Promise.resolve({ id: String(body.reportId) }) });
    const json = (await stored.json()) as { totals: { expenditure: string }; report: { isCurrent: boolean } };
    expect(json.totals.expenditure).toBe("29079200.00");
    expect(json.report.isCurrent).toBe(true);

    const source = await getSourceRoute(new Request("http://localhost"), { params: Promise.resolve({ id: String(body.reportId) }) });
    expect(Buffer.from(await source.arrayBuffer()).equals(TEXT)).toBe(true);
  });

  test("re-importing the same bytes is a no-op reported as a duplicate (409)", async () => {
    const before = await tableCounts();
    const again = await upload(TEXT, "renamed-copy.txt");
    expect(again.status).toBe(409);
    expect(((await again.json()) as { status: string }).status).toBe("duplicate");
    expect(await tableCounts()).toEqual(before);
  });

  test("a corrupted file, an unrelated PDF and a renamed binary give 422 and change no table", async () => {
    const before = await tableCounts();
    const truncated = PDF.subarray(0, 4000);
    const unrelated = buildPdf([{ content: `BT ${textAt(72, 720, "Quarterly newsletter of the chess club", 14)} ET` }]);
    const renamed = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 4, 5]);
    for (const [bytes, name] of [[truncated, "broken.pdf"], [unrelated, "newsletter.pdf"], [renamed, "report.txt"]] as const) {
      const res = await upload(bytes, name);
      expect(res.status, name).toBe(422);
      const err = (await res.json()) as { error: { code: string; message: string } };
      expect(err.error.message).toContain(name);
    }
    expect(await tableCounts()).toEqual(before);
    const runs = await db.prisma.importRun.findMany({ where: { status: "failed" } });
    expect(runs.map((r) => r.fileName).sort()).toEqual(["broken.pdf", "newsletter.pdf", "report.txt"]);
  });

  test("dryRun parses and checks without storing anything", async () => {
    const before = await tableCounts();
    const variant = Buffer.concat([TEXT, Buffer.from("\n")]);
    const res = await upload(variant, "preview.txt", "?dryRun=1");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { dryRun: boolean; existingDepartment: { name: string }; duplicateOf: unknown };
    expect(body.existingDepartment.name).toBe("咸宁市人民政府办公室");
    expect(body.duplicateOf).toBeNull();
    expect(await tableCounts()).toEqual(before);
  });

  test("the preview of bytes already stored names the stored report (before 确认导入) and records nothing", async () => {
    const before = await tableCounts();
    const runs = await db.prisma.importRun.count();
    const res = await upload(TEXT, "same-again.txt", "?dryRun=1");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { duplicateOf: { department: string; year: number; version: number } | null };
    expect(body.duplicateOf).toMatchObject({ department: "咸宁市人民政府办公室", year: 2024, version: 1 });
    expect(await tableCounts()).toEqual(before);
    expect(await db.prisma.importRun.count()).toBe(runs);
  });

  test("a file refused at the preview is in the import log as 失败, and the log filters by outcome and file name", async () => {
    const renamed = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 4, 5]);
    const res = await upload(renamed, "preview-refused.txt", "?dryRun=1");
    expect(res.status).toBe(422);
    const viewer = { userId: 1, name: "all", role: "analyst" as const, departmentIds: null };
    const failed = await listImportRuns(viewer, 50, { status: "failed", file: "preview-refused" });
    expect(failed.map((r) => [r.fileName, r.status])).toEqual([["preview-refused.txt", "failed"]]);
    expect(await countImportRuns(viewer, { status: "failed", file: "preview-refused" })).toBe(1);
    expect(await countImportRuns(viewer, { status: "imported", file: "preview-refused" })).toBe(0);
    const all = await countImportRuns(viewer);
    expect((await listImportRuns(viewer, 2, { offset: all - 1 })).length).toBe(1);
  });

  test("two concurrent imports of the same new file yield one report", async () => {
    const bytes = Buffer.concat([TEXT, Buffer.from("\n\n")]);
    const results = await Promise.all([
      ingestFile(db.prisma, { bytes, fileName: "a.txt", actor: "t1", channel: "cli" }),
      ingestFile(db.prisma, { bytes, fileName: "b.txt", actor: "t2", channel: "cli" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["duplicate", "new_version"]);
    const docs = await db.prisma.sourceDocument.findMany({ where: { fileName: { in: ["a.txt", "b.txt"] } } });
    expect(docs).toHaveLength(1);
  });

  test("concurrent imports of two new departments in a region not stored yet both land; the region is written once", async () => {
    const results = await Promise.all(["杭州市财政局", "杭州市教育局"].map((departmentName, i) =>
      ingestFile(db.prisma, { bytes: Buffer.concat([TEXT, Buffer.from(`\n${"\n".repeat(i + 3)}`)]), fileName: `hz-${i}.txt`, actor: "t", channel: "cli", departmentName })));
    expect(results.map((r) => r.status)).toEqual(["imported", "imported"]);
    const codes = (await db.prisma.department.findMany({ where: { name: { startsWith: "杭州市" } }, select: { regionCode: true } })).map((d) => d.regionCode);
    expect(codes).toEqual(["3301", "3301"]);
    expect(await db.prisma.region.count({ where: { code: "3301" } })).toBe(1);
  });

  test("concurrent imports of one department widen its years from the row as it then is (no lost update)", async () => {
    const results = await Promise.all([2019, 2029].map((year, i) =>
      ingestFile(db.prisma, { bytes: Buffer.concat([TEXT, Buffer.from(`\n${"\n".repeat(i + 6)}`)]), fileName: `years-${year}.txt`, actor: "t", channel: "cli", year })));
    expect(results.map((r) => r.status)).toEqual(["imported", "imported"]);
    const dept = await db.prisma.department.findFirstOrThrow({ where: { name: "咸宁市人民政府办公室" } });
    expect([dept.firstYear, dept.lastYear]).toEqual([2019, 2029]);
  });

  test("a new file for the same department-year becomes the current version; the old one stays retrievable", async () => {
    const versions = await db.prisma.report.findMany({
      where: { department: { name: "咸宁市人民政府办公室" }, year: 2024 },
      orderBy: { version: "asc" },
    });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions.map((v) => v.currentKey !== null)).toEqual([false, true]);
    const old = await getReportRoute(new Request("http://localhost"), { params: Promise.resolve({ id: String(versions[0]!.id) }) });
    expect(old.status).toBe(200);
    expect(((await old.json()) as { report: { version: number; isCurrent: boolean } }).report).toMatchObject({ version: 1, isCurrent: false });
  });
});
