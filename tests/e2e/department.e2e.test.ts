import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import path from "node:path";
import { launchBrowser, screenshot, SCREENSHOT_DIR, startApp, type RunningApp } from "./helpers/app";

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  // The demo districts (on by default) add nothing these tests read: left out to keep the start short.
  app = await startApp({ FISCAL_LENS_DEMO_DEPARTMENTS: "6", FISCAL_LENS_DEMO_YEARS: "2022-2024", FISCAL_LENS_DEMO_DISTRICTS: "0" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Clicks the pie's first slice (data order starts at 12 o'clock, clockwise) just past 12 o'clock, mid-ring. */
async function clickFirstSlice(page: Page): Promise<void> {
  const canvas = page.locator('[data-testid="structure-card"] canvas').first();
  await canvas.waitFor();
  const box = await canvas.boundingBox();
  if (box === null) throw new Error("structure chart not rendered");
  const radius = (Math.min(box.width, box.height) / 2) * 0.51;
  const angle = (4 * Math.PI) / 180;
  await page.mouse.click(box.x + box.width * 0.5 + radius * Math.sin(angle), box.y + box.height * 0.45 - radius * Math.cos(angle));
}

/** Full-page shots from the top: scrolled pages draw the sticky header and section nav mid-page. */
async function topScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await screenshot(page, name);
}

const codeOf = (page: Page) => new URL(page.url()).searchParams.get("code");

test("department list: searchable, sortable, demo badges, links to the department", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${app.url}/departments?sort=total&region=all`);
  const list = page.getByTestId("department-list");
  await expect(list.locator("tbody tr").count()).resolves.toBeGreaterThanOrEqual(7);
  await expect(list.getByText("演示数据").count()).resolves.toBeGreaterThan(0);
  await screenshot(page, "departments-list");
  await page.getByRole("searchbox", { name: "搜索部门" }).fill("咸宁");
  await page.getByRole("button", { name: "搜索" }).click();
  await page.waitForURL(/q=/);
  await expect(list.locator("tbody tr").count()).resolves.toBe(1);
  const api = await (await fetch(`${app.url}/api/departments?q=${encodeURIComponent("咸宁")}`)).json();
  expect(api.departments).toHaveLength(1);
  await page.close();
});

test("department page: drill 类→款→项 by clicking the chart, back up via the breadcrumb, toggle the data table", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${app.url}/departments?region=all&q=${encodeURIComponent("咸宁")}`);
  await page.getByRole("link", { name: "咸宁市人民政府办公室" }).click();
  await page.waitForURL(/\/departments\/\d+/);
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("咸宁市人民政府办公室");
  await expect(page.locator("#execution").textContent()).resolves.toContain("96.81%");
  await page.locator('[data-testid="structure-card"] canvas').first().waitFor();
  await page.waitForTimeout(800);
  await screenshot(page, "department-overview");

  await clickFirstSlice(page);
  await page.waitForURL((url) => url.searchParams.get("code") === "201");
  await page.waitForSelector('[data-testid="structure-card"][data-code="201"]');
  await page.waitForTimeout(600);
  await clickFirstSlice(page);
  await page.waitForURL((url) => url.searchParams.get("code") === "20103");
  await page.waitForSelector('[data-testid="structure-card"][data-code="20103"]');
  const crumbs = page.getByTestId("structure-breadcrumb");
  await expect(crumbs.textContent()).resolves.toMatch(/全部类.*201 一般公共服务支出.*20103/);
  await page.waitForTimeout(800);
  await topScreenshot(page, "department-drill");

  await crumbs.getByRole("button", { name: "201 一般公共服务支出" }).click();
  await page.waitForURL((url) => url.searchParams.get("code") === "201");
  await crumbs.getByRole("button", { name: "全部类" }).click();
  await page.waitForURL((url) => url.searchParams.get("code") === null);
  expect(codeOf(page)).toBeNull();

  const card = page.getByTestId("structure-card");
  await card.getByRole("button", { name: "数据表" }).click();
  await expect(card.locator("table").textContent()).resolves.toContain("一般公共服务支出");
  await expect(card.locator("table").textContent()).resolves.toContain("1,881.37");
  await topScreenshot(page, "department-table");
  await page.close();
});

test("tablet width, multi-year demo department; unknown id is a Chinese 404", async () => {
  const api = await (await fetch(`${app.url}/api/departments?sort=years`)).json();
  const demo = api.departments.find((d: { isDemo: boolean; years: number[] }) => d.isDemo && d.years.length === 3);
  expect(demo).toBeDefined();
  const yoy = await (await fetch(`${app.url}/api/analytics/yoy?department=${demo.id}`)).json();
  expect(yoy.years).toEqual([2022, 2023, 2024]);
  const page = await browser.newPage({ viewport: { width: 820, height: 1180 } });
  await page.goto(`${app.url}/departments/${demo.id}?year=2024`);
  await page.locator('[data-testid="structure-card"] canvas').first().waitFor();
  await page.waitForTimeout(800);
  await screenshot(page, "department-tablet");
  const res = await page.goto(`${app.url}/departments/999999`);
  expect(res?.status()).toBe(404);
  await expect(page.getByText("未找到该部门").count()).resolves.toBe(1);
  const missing = await fetch(`${app.url}/api/analytics/structure?department=999999`);
  expect(missing.status).toBe(404);
  await page.close();
});

test("findings in plain language: Chinese titles, rounding tails on one line, rule ids only behind 详情; pictures at 1440 and 1024 px", async () => {
  const list = (await (await fetch(`${app.url}/api/departments?q=${encodeURIComponent("咸宁")}`)).json()) as { departments: Array<{ id: number }> };
  const id = list.departments[0]?.id;
  expect(id).toBeDefined();
  for (const width of [1440, 1024]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${app.url}/departments/${id}#findings`);
    const findings = page.locator("#findings");
    await findings.waitFor();
    const text = (await findings.textContent()) ?? "";
    expect(text).toMatch(/尾差 \d+ 处，均在 0\.0\d 万元以内/);
    expect(text).toContain("完成率");
    expect(text).not.toMatch(/\d\.\d{3,}%/);
    await expect(findings.locator("code.rule").first().isVisible()).resolves.toBe(false);
    await findings.screenshot({ path: path.join(SCREENSHOT_DIR, `department-findings-${width}.png`) });
    await page.close();
  }
});
