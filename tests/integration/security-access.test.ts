import { describe, afterAll, beforeAll, expect, test, vi } from "vitest";
import { clientAddressOf, parseTrustedProxies } from "@/lib/auth/client-address";
import { pruneSecurityRecords } from "@/lib/auth/prune";
import { createApiToken, revokeApiToken } from "@/lib/auth/tokens";
import { GUEST_VIEWER } from "@/lib/auth/viewer";
import { listAuditEvents } from "@/lib/queries/list-audit-events";
import { listImportRuns } from "@/lib/queries/list-import-runs";
import { dbLabel } from "./helpers/test-db";
import { basic, credentials, login, openSecurityFixture, params, PASSWORD, type SecurityFixture } from "./helpers/security-fixture";

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
const { GET: departmentsRoute } = await import("@/app/api/departments/route");

let f: SecurityFixture;
beforeAll(async () => {
  f = await openSecurityFixture();
}, 300_000);
afterAll(async () => {
  await f.cleanup();
});

describe(`issue 14 · 2: import runs and audit events are viewer-scoped on ${dbLabel}`, () => {
  test("a department-scoped viewer sees only its departments' import runs; the demo guest sees none", async () => {
    const all = await listImportRuns({ userId: 1, name: "all", role: "analyst", departmentIds: null });
    expect(all.map((r) => r.departmentId)).toEqual(expect.arrayContaining([f.xianning.departmentId, f.other.departmentId]));
    const scoped = await listImportRuns(f.scopedViewer);
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.every((r) => r.departmentId === f.xianning.departmentId)).toBe(true);
    expect(await listImportRuns(GUEST_VIEWER)).toEqual([]);
  });

  test("a department-scoped admin's audit page lists only events about its departments; non-admins none", async () => {
    const events = await listAuditEvents(f.scopedAdmin);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.target === "xianning.txt")).toBe(true);
    expect(await listAuditEvents(f.scopedViewer)).toEqual([]);
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
    expect(await f.db.prisma.session.count()).toBe(0);
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

describe(`issue 14 · 9: API tokens, Basic once per request, pruning on ${dbLabel}`, () => {
  test("a Bearer token reads; revoked it is a 401; only its SHA-256 is stored", async () => {
    const { id, token } = await createApiToken(f.db.prisma, "scoped", "script", "test");
    const get = () => departmentsRoute(new Request("http://localhost/api/departments", { headers: { authorization: `Bearer ${token}` } }));
    const ok = await get();
    expect(ok.status).toBe(200);
    const { departments } = (await ok.json()) as { departments: { id: number }[] };
    expect(departments.map((d) => d.id)).toEqual([f.xianning.departmentId]);
    const row = await f.db.prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.hash).not.toContain(token);
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    await revokeApiToken(f.db.prisma, id, "test");
    expect((await get()).status).toBe(401);
  });

  test("HTTP Basic costs exactly one password check per request", async () => {
    const before = scrypt.calls;
    const res = await getReportRoute(new Request("http://localhost", { headers: { authorization: basic("analyst"), "x-fiscal-lens-client": "198.51.100.9" } }), params(String(f.xianning.reportId)));
    expect(res.status).toBe(200);
    expect(scrypt.calls - before).toBe(1);
  });

  test("old login attempts, expired sessions and audit rows past retention are pruned; recent ones stay", async () => {
    const old = new Date(Date.now() - 800 * 86_400_000);
    const user = await f.db.prisma.user.findUniqueOrThrow({ where: { username: "analyst" } });
    await f.db.prisma.loginAttempt.create({ data: { key: "user:old", success: false, at: old } });
    await f.db.prisma.session.create({ data: { id: "expired-session", userId: user.id, csrfToken: "x", expiresAt: old } });
    await f.db.prisma.auditEvent.create({ data: { actor: "old", action: "login", at: old } });
    const counts = await pruneSecurityRecords(f.db.prisma, new Date(), 730);
    expect(counts.loginAttempts).toBeGreaterThanOrEqual(1);
    expect(counts.sessions).toBe(1);
    expect(counts.auditEvents).toBe(1);
    expect(await f.db.prisma.loginAttempt.count({ where: { key: "user:old" } })).toBe(0);
    expect(await f.db.prisma.auditEvent.count({ where: { actor: "setup" } })).toBeGreaterThan(0);
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
