import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import pg from "pg";
import { startApp, type RunningApp } from "./helpers/app";

/**
 * Two app instances on one PostgreSQL: a login on one is valid on the other, because sessions live in the database.
 * Needs PostgreSQL (TEST_PG_URL or TEST_DATABASE_URL, as CI provides); without it the suite says so and skips.
 */
const adminUrl = process.env.TEST_PG_URL ?? process.env.TEST_DATABASE_URL;
const PASSWORD = "scale-out-password";

describe.runIf(Boolean(adminUrl))("scale-out on PostgreSQL", () => {
  const name = `fl_e2e_${process.pid}`;
  let url = "";
  let a: RunningApp;
  let b: RunningApp;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(adminUrl!);
    u.pathname = `/${name}`;
    url = u.toString();
    // One process per instance: the cache assertions below need the repeat to reach the process that rendered it.
    const env = { DATABASE_URL: url, FISCAL_LENS_DEMO: "0", FISCAL_LENS_WORKERS: "1" };
    execFileSync(process.execPath, ["lib/cli/bin.mjs", "user", "add", "reader", "--role", "viewer", "--password", PASSWORD], {
      env: { ...process.env, ...env },
      stdio: "pipe",
    });
    a = await startApp(env);
    b = await startApp(env);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  test("log in on instance A, read on instance B with the same cookie; without it B refuses", async () => {
    const anonymous = await fetch(`${b.url}/api/departments`, { headers: { accept: "application/json" } });
    expect(anonymous.status).toBe(401);
    const login = await fetch(`${a.url}/api/auth/login`, {
      method: "POST",
      // Login takes only a same-origin JSON request (a cross-site form cannot log a victim in).
      headers: { "content-type": "application/json", origin: a.url },
      body: JSON.stringify({ username: "reader", password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const onB = await fetch(`${b.url}/api/departments`, { headers: { cookie, accept: "application/json" } });
    expect(onB.status).toBe(200);
    const page = await fetch(`${b.url}/departments`, { headers: { cookie, accept: "text/html" } });
    expect(page.status).toBe(200);
    // Pages carry no user name (the response cache is shared by scope); the signed-in header offers 退出, and the
    // browser reads the name from the fl_name cookie set at login.
    expect(await page.text()).toContain("退出");
    expect(cookie).toContain("fl_name=reader");
  });

  test("B answers repeat reads from its response cache, and an import made elsewhere reaches it on the next request", async () => {
    const login = await fetch(`${b.url}/api/auth/login`, {
      method: "POST",
      // Login takes only a same-origin JSON request (a cross-site form cannot log a victim in).
      headers: { "content-type": "application/json", origin: b.url },
      body: JSON.stringify({ username: "reader", password: PASSWORD }),
    });
    const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const read = async () => {
      const res = await fetch(`${b.url}/api/departments`, { headers: { cookie, accept: "application/json" } }).catch((error: unknown) => {
        throw new Error(`instance B failed: ${String(error)}\n${b.log()}`);
      });
      expect(res.status).toBe(200);
      return { cache: res.headers.get("x-fiscal-lens-cache"), body: JSON.stringify(await res.json()) };
    };
    await read();
    const repeat = await read();
    expect(repeat.cache).toBe("hit");
    expect(repeat.body).not.toContain("咸宁市人民政府办公室");
    // The import goes through the CLI straight into PostgreSQL, past both instances: only the data version tells B.
    // Asynchronously: a blocked event loop would miss B closing the idle keep-alive socket and reuse a dead one.
    await promisify(execFile)(process.execPath, ["lib/cli/bin.mjs", "import", "tests/fixtures/xianning-zhengfuban-2024.txt"], {
      env: { ...process.env, DATABASE_URL: url },
    });
    const after = await read();
    expect(after.cache).toBe("miss");
    expect(after.body).toContain("咸宁市人民政府办公室");
  });

  test("a page revalidated with its ETag answers 304 without a new policy, so the stored page's script nonce still holds", async () => {
    const login = await fetch(`${a.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: a.url },
      body: JSON.stringify({ username: "reader", password: PASSWORD }),
    });
    const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const first = await fetch(`${a.url}/departments`, { headers: { cookie, accept: "text/html" } });
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    const nonce = /'nonce-([^']+)'/.exec(first.headers.get("content-security-policy") ?? "")?.[1];
    expect(etag).not.toBeNull();
    expect(await first.text()).toContain(`nonce="${nonce}"`);
    const again = await fetch(`${a.url}/departments`, { headers: { cookie, accept: "text/html", "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get("content-security-policy")).toBeNull();
  });
});
