import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, screenshot, startApp, type RunningApp } from "./helpers/app";

/**
 * Every page at a desktop (1440 px) and a small laptop (1024 px) width, saved to tests/e2e/screenshots/page-<name>-<width>.png
 * for a person to look at; the test itself only checks that each page answers and draws its charts.
 */
const ADMIN_PASSWORD = "e2e-screens-password";
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({ FISCAL_LENS_DEMO_DEPARTMENTS: "8", FISCAL_LENS_DEMO_YEARS: "2022-2024", FISCAL_LENS_ADMIN_PASSWORD: ADMIN_PASSWORD });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

interface DepartmentsApi {
  departments?: Array<{ id: number; name: string }>;
}

async function departmentIds(): Promise<number[]> {
  const body = (await (await fetch(`${app.url}/api/departments`)).json()) as DepartmentsApi | Array<{ id: number }>;
  const rows = Array.isArray(body) ? body : (body.departments ?? []);
  return rows.map((row) => row.id);
}

async function firstReportId(departmentId: number): Promise<string | null> {
  const page = await browser.newPage();
  await page.goto(`${app.url}/departments/${departmentId}?year=2024`);
  const href = await page.locator("a[href^='/evidence/']").first().getAttribute("href").catch(() => null);
  await page.close();
  return href;
}

test("every page at 1440 and 1024 px", async () => {
  const ids = await departmentIds();
  expect(ids.length).toBeGreaterThanOrEqual(3);
  const [first, second, third] = ids as [number, number, number];
  const evidence = await firstReportId(first);
  const pages: Array<[string, string]> = [
    ["overview", "/?year=2024"],
    ["departments", "/departments"],
    ["department", `/departments/${first}?year=2024`],
    ["execution", "/execution?year=2024"],
    ["execution-item", "/execution?year=2024&level=项"],
    ["compare-amounts", `/compare?ids=${first},${second},${third}&year=2024`],
    ["compare-shares", `/compare?ids=${first},${second},${third}&year=2024&mode=shares`],
    ["compare-rates", `/compare?ids=${first},${second},${third}&year=2024&mode=rates`],
    ["compare-yoy", `/compare?ids=${first},${second},${third}&year=2024&mode=yoy`],
    ["sangong", "/sangong?year=2024"],
    ["explore", "/explore?year=2024"],
    ["import", "/import"],
    ["admin-audit", "/admin/audit"],
    ["admin-departments", "/admin/departments"],
    ["admin-settings", "/admin/settings"],
    ...(evidence === null ? [] : [["evidence", evidence] as [string, string]]),
  ];
  const failures: string[] = [];
  for (const width of [1440, 1024]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    // Every page as the admin sees it (the admin pages included); /login first, before the session exists.
    await page.goto(`${app.url}/login`);
    await screenshot(page, `page-login-${width}`);
    await page.fill('input[name="username"]', "admin");
    await page.fill('input[name="password"]', ADMIN_PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    for (const [name, path] of pages) {
      const response = await page.goto(`${app.url}${path}`);
      await page.waitForLoadState("networkidle");
      // Charts animate in on screen; wait for the last frame.
      await page.waitForTimeout(900);
      if (response === null || response.status() >= 500) failures.push(`${name} ${response?.status()}`);
      await screenshot(page, `page-${name}-${width}`);
    }
    await page.close();
  }
  expect(failures).toEqual([]);
});
