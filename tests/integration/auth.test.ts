import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { NextRequest } from "next/server";
import { POST as importRoute } from "@/app/api/reports/route";
import { DELETE as deleteRoute, GET as getReportRoute } from "@/app/api/reports/[id]/route";
import { GET as sourceRoute } from "@/app/api/reports/[id]/source/route";
import { POST as loginRoute } from "@/app/api/auth/login/route";
import { addUser } from "@/lib/auth/users";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

const PASSWORD = "correct-horse-battery";
const basic = (user: string, password = PASSWORD) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
const TEXT = fs.readFileSync("tests/fixtures/xianning-zhengfuban-2024.txt");
const PDF = fs.readFileSync("tests/fixtures/shanghai-putuo-shehuigongzuobu-2024.pdf");

let db: Database;
let cleanup: () => Promise<void>;
let xianning: { reportId: number; departmentId: number };
let shanghai: { reportId: number; departmentId: number };

function params(id: number) {
  return { params: Promise.resolve({ id: String(id) }) };
}
function upload(bytes: Uint8Array, name: string, headers: Record<string, string>) {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], name));
  return importRoute(new NextRequest("http://localhost/api/reports", { method: "POST", body: form, headers }));
}

beforeAll(async () => {
  ({ db, cleanup } = await openTestDatabase());
  setProcessDatabase(db);
  const a = await ingestFile(db.prisma, { bytes: TEXT, fileName: "xianning.txt", actor: "setup", channel: "cli" });
  const b = await ingestFile(db.prisma, { bytes: PDF, fileName: "shanghai.pdf", actor: "setup", channel: "cli" });
  if (a.status !== "imported" || b.status !== "imported") throw new Error("setup import failed");
  xianning = { reportId: a.reportId, departmentId: a.departmentId };
  shanghai = { reportId: b.reportId, departmentId: b.departmentId };
  await addUser(db.prisma, { username: "viewer", role: "viewer", password: PASSWORD }, "test");
  await addUser(db.prisma, { username: "analyst", role: "analyst", password: PASSWORD }, "test");
  await addUser(db.prisma, { username: "scoped", role: "viewer", password: PASSWORD, departmentIds: [xianning.departmentId] }, "test");
  await addUser(db.prisma, { username: "victim", role: "analyst", password: PASSWORD }, "test");
});
afterAll(async () => cleanup());

describe(`access control on ${dbLabel}`, () => {
  test("a viewer gets 403 on import and on delete; nothing changes", async () => {
    const before = await db.prisma.report.count();
    const res = await upload(TEXT, "again.txt", { authorization: basic("viewer") });
    expect(res.status).toBe(403);
    const del = await deleteRoute(new Request("http://localhost", { method: "DELETE", headers: { authorization: basic("viewer") } }), params(xianning.reportId));
    expect(del.status).toBe(403);
    expect(await db.prisma.report.count()).toBe(before);
  });

  test("a department-scoped viewer reads its own department and gets 404 for another one (report and source)", async () => {
    const headers = { authorization: basic("scoped") };
    expect((await getReportRoute(new Request("http://localhost", { headers }), params(xianning.reportId))).status).toBe(200);
    expect((await getReportRoute(new Request("http://localhost", { headers }), params(shanghai.reportId))).status).toBe(404);
    expect((await sourceRoute(new Request("http://localhost", { headers }), params(shanghai.reportId))).status).toBe(404);
  });

  test("a cookie-session mutation without the CSRF token is refused; with it, it goes through", async () => {
    const login = await loginRoute(new Request("http://localhost/api/auth/login", {
      method: "POST", headers: { "content-type": "application/json", origin: "http://localhost", host: "localhost" },
      body: JSON.stringify({ username: "analyst", password: PASSWORD }),
    }));
    expect(login.status).toBe(200);
    const setCookies = login.headers.getSetCookie();
    const cookie = setCookies.map((c) => c.split(";")[0]).join("; ");
    const csrf = decodeURIComponent(/fl_csrf=([^;]+)/.exec(cookie)?.[1] ?? "");
    expect(setCookies.find((c) => c.startsWith("fl_session="))).toMatch(/HttpOnly/i);
    const refused = await upload(TEXT, "x.txt", { cookie });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("csrf");
    const accepted = await upload(TEXT, "x.txt", { cookie, "x-csrf-token": csrf });
    expect(accepted.status).toBe(409);
  });

  test("repeated wrong passwords are throttled, even for the right password afterwards", async () => {
    const attempt = (password: string) =>
      loginRoute(new Request("http://localhost/api/auth/login", {
        method: "POST", headers: { "content-type": "application/json", origin: "http://localhost", host: "localhost", "x-fiscal-lens-client": "203.0.113.9" },
        body: JSON.stringify({ username: "victim", password }),
      }));
    for (let i = 0; i < 5; i++) expect((await attempt("wrong-password")).status).toBe(401);
    expect((await attempt(PASSWORD)).status).toBe(429);
    const audit = await db.prisma.auditEvent.count({ where: { action: "login_throttled", actor: "victim" } });
    expect(audit).toBe(1);
  });

  test("a renamed or polyglot file is refused by its content, not its name", async () => {
    const headers = { authorization: basic("analyst") };
    const textAsPdf = await upload(TEXT, "report.pdf", headers);
    expect(textAsPdf.status).toBe(422);
    expect(((await textAsPdf.json()) as { error: { message: string } }).error.message).toContain("内容是文本");
    const pdfAsXlsx = await upload(PDF, "tables.xlsx", headers);
    expect(pdfAsXlsx.status).toBe(422);
    const zipAsText = await upload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "notes.txt", headers);
    expect(zipAsText.status).toBe(422);
  });

  test("an admin may delete a version and the audit log records it", async () => {
    await addUser(db.prisma, { username: "boss", role: "admin", password: PASSWORD }, "test");
    const res = await deleteRoute(new Request("http://localhost", { method: "DELETE", headers: { authorization: basic("boss") } }), params(shanghai.reportId));
    expect(res.status).toBe(200);
    expect(await db.prisma.report.findUnique({ where: { id: shanghai.reportId } })).toBeNull();
    expect(await db.prisma.auditEvent.count({ where: { action: "report_delete" } })).toBe(1);
  });
});
