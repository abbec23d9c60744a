import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { NextRequest } from "next/server";
import { GET as getReportRoute } from "@/app/api/reports/[id]/route";
import { POST as uploadRoute } from "@/app/api/reports/route";
import { addUser } from "@/lib/auth/users";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { acquireLock, DataDirBusyError } from "@/lib/db/pglite-lock";
import { DEFAULT_MAX_BYTES, ingestFile } from "@/lib/ingest/ingest-file";
import { stopParsePool } from "@/lib/parsers/worker/parse-isolated";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

describe(`uploads and imports on ${dbLabel}`, () => {
  const REPORT = fs.readFileSync("tests/fixtures/variants/utf8-statistics-bureau.txt", "utf8");
  const PDF = fs.readFileSync("tests/fixtures/shanghai-putuo-shehuigongzuobu-2024.pdf");
  const PASSWORD = "uploads-analyst-password";
  const BASIC = `Basic ${Buffer.from(`uploader:${PASSWORD}`).toString("base64")}`;
  /** Database and driver text that must never reach a user or ImportRun. */
  const DB_TEXT = /prisma|postgres|54000|index row|P\d{4}|invalid`|simulated/i;
  let uploadsDb: Database;
  let dropUploadsDb: () => Promise<void>;

  beforeAll(async () => {
    process.env.FISCAL_LENS_AUTH = "required";
    ({ db: uploadsDb, cleanup: dropUploadsDb } = await openTestDatabase());
    setProcessDatabase(uploadsDb);
    await addUser(uploadsDb.prisma, { username: "uploader", role: "analyst", password: PASSWORD }, "test");
  });
  afterAll(async () => {
    await stopParsePool();
    await dropUploadsDb();
    delete process.env.FISCAL_LENS_AUTH;
  });

  /** The small report with a tag line, so every test uploads different bytes (no duplicate by SHA-256). */
  const report = (tag: string): Uint8Array => new TextEncoder().encode(`${REPORT}\n附注：${tag}\n`);

  function upload(bytes: Uint8Array, fileName: string, fields: Record<string, string> = {}) {
    const form = new FormData();
    form.append("file", new File([new Uint8Array(bytes)], fileName));
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return uploadRoute(new NextRequest("http://localhost/api/reports", { method: "POST", body: form, headers: { authorization: BASIC } }));
  }

  async function errorOf(response: Response): Promise<{ code: string; message: string }> {
    return ((await response.json()) as { error: { code: string; message: string } }).error;
  }

  test("a 10⁶-line text upload costs one parse process, not the server: 422 文件过大或结构异常, then 201 and 200 from the same process", async () => {
    const sample = fs.readFileSync("tests/fixtures/xianning-zhengfuban-2024.txt", "utf8").split("\n");
    const huge = new TextEncoder().encode(Array.from({ length: 1_000_000 }, (_, i) => `第${i}行 ${sample[i % sample.length]}`).join("\n"));
    expect(huge.length).toBeGreaterThan(30 * 1024 * 1024);
    // A tight heap for the parse processes makes the out-of-memory certain and quick; the server's own heap is untouched.
    process.env.FISCAL_LENS_PARSE_HEAP_MB = "160";
    await stopParsePool();
    try {
      const big = await upload(huge, "million-lines.txt");
      expect(big.status).toBe(422);
      const error = await errorOf(big);
      expect(error.message).toContain("文件过大或结构异常");
      expect(error.message).toContain("million-lines.txt");
    } finally {
      delete process.env.FISCAL_LENS_PARSE_HEAP_MB;
      await stopParsePool();
    }
    const next = await upload(report("after the huge file"), "after.txt");
    expect(next.status).toBe(201);
    const { reportId } = (await next.json()) as { reportId: number };
    const read = await getReportRoute(new Request("http://localhost", { headers: { authorization: BASIC } }), { params: Promise.resolve({ id: String(reportId) }) });
    expect(read.status).toBe(200);
    expect(await uploadsDb.prisma.importRun.count({ where: { fileName: "million-lines.txt", status: "failed" } })).toBe(1);
  }, 240_000);

  test("an upload over the byte limit is refused with 413 before it is read into memory", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.length;
        if (pulled > 200 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const headers = { authorization: BASIC, "content-type": "multipart/form-data; boundary=x" };
    const declared = await uploadRoute(new NextRequest("http://localhost/api/reports", { method: "POST", body: "x", headers: { ...headers, "content-length": String(200 * 1024 * 1024) } }));
    expect(declared.status).toBe(413);
    expect((await errorOf(declared)).message).toContain("超过大小上限");

    const prefix = new TextEncoder().encode('--x\r\nContent-Disposition: form-data; name="file"; filename="huge.txt"\r\n\r\n');
    let first = true;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (first) {
          first = false;
          controller.enqueue(prefix);
          return;
        }
        const reader = endless.getReader();
        const { value, done } = await reader.read();
        reader.releaseLock();
        if (done) controller.close();
        else controller.enqueue(value);
      },
    });
    const init = { method: "POST", body, headers, duplex: "half" };
    const streamed = await uploadRoute(new NextRequest("http://localhost/api/reports", init as ConstructorParameters<typeof NextRequest>[1]));
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(DEFAULT_MAX_BYTES + 8 * 1024 * 1024);
  });

  test("a 3,000-character department name: a clear Chinese 422, no database text, the same in ImportRun, nothing stored", async () => {
    const before = await uploadsDb.prisma.report.count();
    const response = await upload(report("long name"), "long-name.txt", { departmentName: "很".repeat(3000) });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.message).toContain("部门名称过长（3000 个字符，上限 100 个字符）");
    expect(error.message).not.toMatch(DB_TEXT);
    const run = await uploadsDb.prisma.importRun.findFirstOrThrow({ where: { fileName: "long-name.txt" } });
    expect(run).toMatchObject({ status: "failed", message: error.message });
    expect(await uploadsDb.prisma.report.count()).toBe(before);

    const exactly = await upload(report("100 characters"), "name-100.txt", { departmentName: `示例市${"统".repeat(97)}` });
    expect(exactly.status).toBe(201);
  });

  test("a PDF with a ZIP appended after its %%EOF is refused and not stored", async () => {
    const zip = Buffer.from("504b0304140000000800" + Buffer.from("payload.txt").toString("hex") + "504b0506000000000000000000000000000000000000", "hex");
    const before = await uploadsDb.prisma.sourceDocument.count();
    const response = await upload(Buffer.concat([PDF, zip]), "polyglot.pdf");
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.code).toBe("unsupported_format");
    expect(error.message).toContain("“polyglot.pdf”在 PDF 结尾标记（%%EOF）之后附加了ZIP 压缩包");
    expect(await uploadsDb.prisma.sourceDocument.count()).toBe(before);
  });

  test("ImportRun and AuditEvent are written in the report's own transaction: a failure right after the report stores nothing", async () => {
    const ok = await ingestFile(uploadsDb.prisma, { bytes: report("audited"), fileName: "audited.txt", actor: "uploader", channel: "cli", departmentName: "示例市审计测试局" });
    expect(ok.status).toBe("imported");
    if (ok.status !== "imported") return;
    expect(await uploadsDb.prisma.importRun.findUniqueOrThrow({ where: { id: ok.importRunId } })).toMatchObject({ status: "imported", reportId: ok.reportId });
    expect(await uploadsDb.prisma.auditEvent.count({ where: { action: "import", target: "audited.txt" } })).toBe(1);

    // The audit row of a stored report fails (as a crash at that point would): the report must not survive it.
    await uploadsDb.prisma.$executeRaw`CREATE FUNCTION fl_test_fail_import_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.target = 'crash-after-store.txt' AND NEW.action <> 'import_failed' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$`;
    await uploadsDb.prisma.$executeRaw`CREATE TRIGGER fl_test_fail_import_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION fl_test_fail_import_audit()`;
    try {
      const reports = await uploadsDb.prisma.report.count();
      const documents = await uploadsDb.prisma.sourceDocument.count();
      const failed = await ingestFile(uploadsDb.prisma, { bytes: report("crash"), fileName: "crash-after-store.txt", actor: "uploader", channel: "cli" });
      expect(failed.status).toBe("failed");
      if (failed.status !== "failed") return;
      expect(failed.error.message).toMatch(/^导入 crash-after-store\.txt 时出错，未保存任何内容（错误编号 [0-9a-f]{12}，/);
      expect(failed.error.message).not.toMatch(DB_TEXT);
      expect(await uploadsDb.prisma.report.count()).toBe(reports);
      expect(await uploadsDb.prisma.sourceDocument.count()).toBe(documents);
      const run = await uploadsDb.prisma.importRun.findFirstOrThrow({ where: { fileName: "crash-after-store.txt" } });
      expect(run).toMatchObject({ status: "failed", reportId: null, message: failed.error.message });
    } finally {
      await uploadsDb.prisma.$executeRaw`DROP TRIGGER fl_test_fail_import_audit ON "AuditEvent"`;
      await uploadsDb.prisma.$executeRaw`DROP FUNCTION fl_test_fail_import_audit()`;
    }
  });

  test("the PGlite lock is taken atomically: of many processes starting at once exactly one holds the folder", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fl-lock-"));
    // Each racer holds what it got until every racer has answered.
    const script = `import { acquireLock } from "./lib/db/pglite-lock.ts";
      try { acquireLock(process.argv[1], "race"); process.stdout.write("won"); } catch { process.stdout.write("lost"); }
      process.stdin.resume(); process.stdin.on("end", () => process.exit(0));`;
    const racers = Array.from({ length: 6 }, () => spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, dir], { stdio: ["pipe", "pipe", "inherit"] }));
    const outcomes = await Promise.all(
      racers.map((child) => new Promise<string>((resolve) => child.stdout.once("data", (d: Buffer) => resolve(d.toString())))),
    );
    await Promise.all(racers.map((child) => new Promise((resolve) => {
      child.once("exit", resolve);
      child.stdin.end();
    })));
    expect(outcomes.filter((o) => o === "won")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "lost")).toHaveLength(5);
    // The winner is gone now: its lock is stale and the next process takes the folder.
    const release = acquireLock(dir, "test");
    release();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("while a server holds the PGlite folder (taken at start, before any request) `fiscal-lens import` refuses", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fl-held-"));
    const { DATABASE_URL: _postgres, ...inherited } = process.env;
    const env = { ...inherited, PGLITE_DATA_DIR: dir };
    const holder = spawn(process.execPath, ["--import", "tsx", "tests/integration/helpers/hold-database.ts"], { env, stdio: ["pipe", "pipe", "inherit"] });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
        holder.on("exit", (code) => reject(new Error(`holder exited ${code}`)));
      });
      expect(() => acquireLock(dir, "test")).toThrow(DataDirBusyError);
      const file = path.join(dir, "report.txt");
      fs.writeFileSync(file, report("cli"));
      const cli = spawn(process.execPath, ["lib/cli/bin.mjs", "import", file], { env, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      cli.stdout.on("data", (d: Buffer) => (output += d.toString()));
      cli.stderr.on("data", (d: Buffer) => (output += d.toString()));
      const code = await new Promise<number | null>((resolve) => cli.on("exit", resolve));
      expect(code).not.toBe(0);
      expect(output).toContain(`正被进程 ${holder.pid}`);
      expect(output).not.toContain("已导入");
    } finally {
      holder.stdin.end();
      await new Promise((resolve) => holder.on("exit", resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
