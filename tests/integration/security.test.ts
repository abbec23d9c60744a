import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/errors";
import { addUser } from "@/lib/auth/users";
import { clientAddressOf, parseTrustedProxies } from "@/lib/auth/client-address";
import { safeNextPath } from "@/lib/auth/safe-next";
import { createApiToken, revokeApiToken } from "@/lib/auth/tokens";
import { pruneSecurityRecords } from "@/lib/auth/prune";
import { GUEST_VIEWER, type Viewer } from "@/lib/auth/viewer";
import { viewerForUser } from "@/lib/auth/sessions";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { acquireLock, DataDirBusyError } from "@/lib/db/pglite-lock";
import { DEFAULT_MAX_BYTES, ingestFile } from "@/lib/ingest/ingest-file";
import { stopParsePool } from "@/lib/parsers/worker/parse-isolated";
import { listAuditEvents } from "@/lib/queries/list-audit-events";
import { listImportRuns } from "@/lib/queries/list-import-runs";
import { refuseUnsupportedMethod } from "@/lib/server/methods";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

/** Counts password checks: HTTP Basic must cost one per request, and throttled attempts none. */
const scrypt = vi.hoisted(() => ({ calls: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...original,
    verifyPassword: async (password: string, stored: string) => {
      scrypt.calls += 1;
      return original.verifyPassword(password, stored);
    },
  };
});

const { POST: loginRoute } = await import("@/app/api/auth/login/route");
const { GET: getReportRoute } = await import("@/app/api/reports/[id]/route");
const { POST: uploadRoute } = await import("@/app/api/reports/route");
const { GET: departmentsRoute } = await import("@/app/api/departments/route");
const { GET: structureRoute } = await import("@/app/api/analytics/structure/route");
const { GET: departmentRoute } = await import("@/app/api/departments/[id]/route");

const PASSWORD = "correct-horse-battery";
const TEXT = fs.readFileSync("tests/fixtures/xianning-zhengfuban-2024.txt");
const basic = (user: string, password = PASSWORD) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

let db: Database;
let cleanup: () => Promise<void>;
let xianning: { reportId: number; departmentId: number };
let other: { reportId: number; departmentId: number };
let scopedAdmin: Viewer;
let scopedViewer: Viewer;

function login(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return loginRoute(new Request("http://localhost/api/auth/login", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", origin: "http://localhost", host: "localhost", "x-fiscal-lens-client": "198.51.100.1", ...headers },
  }));
}
const credentials = (username: string, password: string) => JSON.stringify({ username, password });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  process.env.FISCAL_LENS_AUTH = "required";
  ({ db, cleanup } = await openTestDatabase());
  setProcessDatabase(db);
  const a = await ingestFile(db.prisma, { bytes: TEXT, fileName: "xianning.txt", actor: "setup", channel: "web" });
  // A second department from the same text (other bytes, confirmed name): no PDF parsing in the setup.
  const b = await ingestFile(db.prisma, { bytes: Buffer.concat([TEXT, Buffer.from("\n\n")]), fileName: "other.txt", actor: "setup", channel: "web", departmentName: "另一个测试部门" });
  if (a.status !== "imported" || b.status !== "imported") throw new Error("setup import failed");
  xianning = { reportId: a.reportId, departmentId: a.departmentId };
  other = { reportId: b.reportId, departmentId: b.departmentId };
  for (const [username, role, departmentIds] of [
    ["analyst", "analyst", []], ["scoped-admin", "admin", [xianning.departmentId]], ["scoped", "viewer", [xianning.departmentId]],
    ["target", "analyst", []], ["sprayed", "analyst", []],
  ] as const) {
    await addUser(db.prisma, { username, role, password: PASSWORD, departmentIds: [...departmentIds] }, "test");
  }
  const user = async (username: string) => viewerForUser(db.prisma, (await db.prisma.user.findUniqueOrThrow({ where: { username } })));
  scopedAdmin = await user("scoped-admin");
  scopedViewer = await user("scoped");
}, 300_000);
afterAll(async () => {
  delete process.env.FISCAL_LENS_AUTH;
  await cleanup();
});

describe(`issue 14 · 2: import runs and audit events are viewer-scoped on ${dbLabel}`, () => {
  test("a department-scoped viewer sees only its departments' import runs; the demo guest sees none", async () => {
    const all = await listImportRuns({ userId: 1, name: "all", role: "analyst", departmentIds: null });
    expect(all.map((r) => r.departmentId)).toEqual(expect.arrayContaining([xianning.departmentId, other.departmentId]));
    const scoped = await listImportRuns(scopedViewer);
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.every((r) => r.departmentId === xianning.departmentId)).toBe(true);
    expect(await listImportRuns(GUEST_VIEWER)).toEqual([]);
  });

  test("a department-scoped admin's audit page lists only events about its departments; non-admins none", async () => {
    const events = await listAuditEvents(scopedAdmin);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.target === "xianning.txt")).toBe(true);
    expect(await listAuditEvents(scopedViewer)).toEqual([]);
    const unscoped = await listAuditEvents({ userId: 1, name: "root", role: "admin", departmentIds: null });
    expect(unscoped.some((e) => e.target === "other.txt")).toBe(true);
  });
});

describe(`issue 14 · 3: login throttling holds under a burst on ${dbLabel}`, () => {
  test("40 parallel wrong passwords: at most 5 are checked, and the right password inside the burst is refused", async () => {
    const before = scrypt.calls;
    const burst = Array.from({ length: 40 }, () => login(credentials("target", "wrong-password")));
    burst.push(login(credentials("target", PASSWORD)));
    const statuses = (await Promise.all(burst)).map((r) => r.status);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(36);
    expect(statuses.at(-1)).toBe(429);
    expect(scrypt.calls - before).toBeLessThanOrEqual(5);
    expect(await db.prisma.session.count()).toBe(0);
  });

  test("per address too: spraying many user names from one address stops after 5 failures", async () => {
    const headers = { "x-fiscal-lens-client": "198.51.100.77" };
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await login(credentials(`nobody${i}`, "x"), headers)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  test("X-Forwarded-For is ignored unless the peer is a trusted proxy", () => {
    const none = parseTrustedProxies(undefined);
    expect(clientAddressOf("203.0.113.5", "1.2.3.4", none)).toBe("203.0.113.5");
    const proxies = parseTrustedProxies("10.0.0.0/8, loopback");
    expect(clientAddressOf("10.1.1.1", "1.2.3.4, 198.51.100.9", proxies)).toBe("198.51.100.9");
    expect(clientAddressOf("::ffff:127.0.0.1", "forged, 198.51.100.9, 10.2.2.2", proxies)).toBe("198.51.100.9");
    expect(clientAddressOf("203.0.113.5", "1.2.3.4", proxies)).toBe("203.0.113.5");
    expect(() => parseTrustedProxies("not-an-ip")).toThrow(/FISCAL_LENS_TRUSTED_PROXIES/);
  });

  test("a forged X-Forwarded-For on the login route does not change the throttled address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await login(credentials("sprayed", "wrong"), { "x-forwarded-for": `192.0.2.${i}`, "x-fiscal-lens-client": "198.51.100.200" })).status);
    }
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});

describe("issue 14 · 4: login's next parameter stays on this site", () => {
  test.each([
    ["/%5Cevil.example/", "/"],
    ["/\\evil.example/", "/"],
    ["/\t/evil.example", "/"],
    ["//evil.example", "/"],
    ["/%2F%2Fevil.example", "/"],
    ["https://evil.example/", "/"],
    ["javascript:alert(1)", "/"],
    ["/%E0%A4%A", "/"],
    ["/import", "/import"],
    ["/departments/3?year=2024#execution", "/departments/3?year=2024#execution"],
  ])("%j → %j", (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });
});

describe(`issue 14 · 5: user-facing messages carry no database or driver text on ${dbLabel}`, () => {
  test("a database error during import (a NUL in the name) is logged with an id; the message and the stored run say only the id", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const result = await ingestFile(db.prisma, { bytes: Buffer.concat([TEXT, Buffer.from("\n")]), fileName: "long.txt", actor: "t", channel: "web", departmentName: "部门\u0000名称" });
    errors.mockRestore();
    expect(result.status).toBe("failed");
    if (result.status !== "failed") return;
    expect(result.error.message).not.toMatch(/index row|54000|prisma|postgres|invalid|btree|\binsert\b/i);
    const run = await db.prisma.importRun.findFirstOrThrow({ where: { fileName: "long.txt" } });
    expect(run.message ?? "").not.toMatch(/index row|54000|prisma|postgres|btree/i);
  });

  test("an unexpected error becomes a 500 with a request id and a Chinese message, its text only in the log", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = errorResponse(new Error('duplicate key value violates unique constraint "User_username_key"'));
    const body = (await res.json()) as { error: { message: string; requestId: string } };
    expect(res.status).toBe(500);
    expect(body.error.message).not.toContain("constraint");
    expect(body.error.message).toContain(body.error.requestId);
    expect(String(errors.mock.calls[0]?.[0])).toContain(body.error.requestId);
    errors.mockRestore();
  });

  test("an unreachable database is a 503", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = errorResponse(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }));
    errors.mockRestore();
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { message: string } }).error.message).not.toContain("ECONNREFUSED");
  });
});

describe(`issue 14 · 7: odd ids, cookies and methods are 400/404/405, never 500, on ${dbLabel}`, () => {
  const token = { value: "" };
  beforeAll(async () => {
    token.value = (await createApiToken(db.prisma, "analyst", "ids", "test")).token;
  });
  const auth = () => ({ authorization: `Bearer ${token.value}` });

  test("ids above int32 in a path are 404, in a query 400", async () => {
    expect((await getReportRoute(new Request("http://localhost", { headers: auth() }), params("99999999999"))).status).toBe(404);
    expect((await departmentRoute(new Request("http://localhost", { headers: auth() }), params("2147483648"))).status).toBe(404);
    const structure = await structureRoute(new Request("http://localhost/api/analytics/structure?department=99999999999", { headers: auth() }));
    expect(structure.status).toBe(400);
    const report = await structureRoute(new Request(`http://localhost/api/analytics/structure?department=${xianning.departmentId}&report=99999999999`, { headers: auth() }));
    expect(report.status).toBe(400);
  });

  test("a malformed session cookie is no session: 401 in required mode, not 500", async () => {
    const res = await departmentsRoute(new Request("http://localhost/api/departments", { headers: { cookie: "fl_session=%" } }));
    expect(res.status).toBe(401);
    const mixed = await departmentsRoute(new Request("http://localhost/api/departments", { headers: { cookie: "a=%E0; fl_session=%zz", ...auth() } }));
    expect(mixed.status).toBe(200);
  });

  test("TRACE and other unknown methods are 405 before Next.js sees them", async () => {
    const server = http.createServer((req, res) => {
      if (!refuseUnsupportedMethod(req, res)) res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const send = (method: string, path: string) =>
      new Promise<number>((resolve, reject) => {
        http.request({ host: "127.0.0.1", port, method, path }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }).on("error", reject).end();
      });
    try {
      expect(await send("TRACE", "/api/departments")).toBe(405);
      expect(await send("PROPFIND", "/")).toBe(405);
      expect(await send("GET", "/")).toBe(200);
    } finally {
      server.close();
    }
  });
});

describe(`issue 14 · 9: API tokens, Basic once per request, pruning on ${dbLabel}`, () => {
  test("a Bearer token reads; revoked it is a 401; only its SHA-256 is stored", async () => {
    const { id, token } = await createApiToken(db.prisma, "scoped", "script", "test");
    const get = () => departmentsRoute(new Request("http://localhost/api/departments", { headers: { authorization: `Bearer ${token}` } }));
    const ok = await get();
    expect(ok.status).toBe(200);
    const { departments } = (await ok.json()) as { departments: { id: number }[] };
    expect(departments.map((d) => d.id)).toEqual([xianning.departmentId]);
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.hash).not.toContain(token);
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    await revokeApiToken(db.prisma, id, "test");
    expect((await get()).status).toBe(401);
  });

  test("HTTP Basic costs exactly one password check per request", async () => {
    const before = scrypt.calls;
    const res = await getReportRoute(new Request("http://localhost", { headers: { authorization: basic("analyst"), "x-fiscal-lens-client": "198.51.100.9" } }), params(String(xianning.reportId)));
    expect(res.status).toBe(200);
    expect(scrypt.calls - before).toBe(1);
  });

  test("old login attempts, expired sessions and audit rows past retention are pruned; recent ones stay", async () => {
    const old = new Date(Date.now() - 800 * 86_400_000);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { username: "analyst" } });
    await db.prisma.loginAttempt.create({ data: { key: "user:old", success: false, at: old } });
    await db.prisma.session.create({ data: { id: "expired-session", userId: user.id, csrfToken: "x", expiresAt: old } });
    await db.prisma.auditEvent.create({ data: { actor: "old", action: "login", at: old } });
    const counts = await pruneSecurityRecords(db.prisma, new Date(), 730);
    expect(counts.loginAttempts).toBeGreaterThanOrEqual(1);
    expect(counts.sessions).toBe(1);
    expect(counts.auditEvents).toBe(1);
    expect(await db.prisma.loginAttempt.count({ where: { key: "user:old" } })).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { actor: "setup" } })).toBeGreaterThan(0);
  });
});

describe(`issue 14 · 10: login only from this site's own pages on ${dbLabel}`, () => {
  test.each([
    ["a cross-site text/plain form", { "content-type": "text/plain" }, 415],
    ["a cross-site JSON fetch", { origin: "https://evil.example" }, 403],
    ["no Origin at all", { origin: "" }, 403],
  ])("%s is refused and creates no session", async (_label, headers, status) => {
    const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ""));
    const res = await loginRoute(new Request("http://localhost/api/auth/login", {
      method: "POST",
      body: credentials("analyst", PASSWORD),
      headers: { "content-type": "application/json", origin: "http://localhost", host: "localhost", "x-fiscal-lens-client": "198.51.100.50", ...clean, ...("origin" in headers && headers.origin === "" ? { origin: "null" } : {}) },
    }));
    expect(res.status).toBe(status);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  test("the same request from this site's page logs in", async () => {
    const res = await login(credentials("analyst", PASSWORD), { "x-fiscal-lens-client": "198.51.100.51" });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("fl_session="))).toBe(true);
  });
});

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
    ({ db: uploadsDb, cleanup: dropUploadsDb } = await openTestDatabase());
    setProcessDatabase(uploadsDb);
    await addUser(uploadsDb.prisma, { username: "uploader", role: "analyst", password: PASSWORD }, "test");
  });
  afterAll(async () => {
    await stopParsePool();
    await dropUploadsDb();
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
