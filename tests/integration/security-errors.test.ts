import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { GET as structureRoute } from "@/app/api/analytics/structure/route";
import { GET as departmentRoute } from "@/app/api/departments/[id]/route";
import { GET as departmentsRoute } from "@/app/api/departments/route";
import { GET as getReportRoute } from "@/app/api/reports/[id]/route";
import { errorResponse } from "@/lib/api/errors";
import { safeNextPath } from "@/lib/auth/safe-next";
import { createApiToken } from "@/lib/auth/tokens";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { refuseUnsupportedMethod } from "@/lib/server/methods";
import { dbLabel } from "./helpers/test-db";
import { openSecurityFixture, params, TEXT, type SecurityFixture } from "./helpers/security-fixture";

let f: SecurityFixture;
beforeAll(async () => {
  f = await openSecurityFixture();
}, 300_000);
afterAll(async () => {
  await f.cleanup();
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
    const result = await ingestFile(f.db.prisma, { bytes: Buffer.concat([TEXT, Buffer.from("\n")]), fileName: "long.txt", actor: "t", channel: "web", departmentName: "部门\u0000名称" });
    errors.mockRestore();
    expect(result.status).toBe("failed");
    if (result.status !== "failed") return;
    expect(result.error.message).not.toMatch(/index row|54000|prisma|postgres|invalid|btree|\binsert\b/i);
    const run = await f.db.prisma.importRun.findFirstOrThrow({ where: { fileName: "long.txt" } });
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
    token.value = (await createApiToken(f.db.prisma, "analyst", "ids", "test")).token;
  });
  const auth = () => ({ authorization: `Bearer ${token.value}` });

  test("ids above int32 in a path are 404, in a query 400", async () => {
    expect((await getReportRoute(new Request("http://localhost", { headers: auth() }), params("99999999999"))).status).toBe(404);
    expect((await departmentRoute(new Request("http://localhost", { headers: auth() }), params("2147483648"))).status).toBe(404);
    const structure = await structureRoute(new Request("http://localhost/api/analytics/structure?department=99999999999", { headers: auth() }));
    expect(structure.status).toBe(400);
    const report = await structureRoute(new Request(`http://localhost/api/analytics/structure?department=${f.xianning.departmentId}&report=99999999999`, { headers: auth() }));
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
