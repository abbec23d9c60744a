import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser, BrowserContext, Download, Locator, Page } from "playwright-core";
import { pngSize } from "@/lib/export/deck-media";
import { launchBrowser, screenshot, SCREENSHOT_DIR, startApp, type RunningApp } from "./helpers/app";

/**
 * Exports in a real browser: the heatmap of more departments than its 20-row window exports whole (PNG 2× and SVG),
 * the card's CSV/Excel downloads carry the same rows as the table, the clipboard gets a PNG, and the briefing decks
 * download as PPTX.
 */
let app: RunningApp;
let browser: Browser;
let context: BrowserContext;

const HEATMAP = /部门 × 类级科目 执行率/;

beforeAll(async () => {
  // The demo districts (on by default) add nothing these tests read: left out to keep the start short.
  app = await startApp({ FISCAL_LENS_DEMO_DEPARTMENTS: "24", FISCAL_LENS_DEMO_YEARS: "2023-2024", FISCAL_LENS_DEMO_DISTRICTS: "0" });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.url });
}, 300_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
});

async function openCard(page: Page, name: RegExp): Promise<Locator> {
  const card = page.getByRole("region", { name }).first();
  // The heatmap draws as SVG (its labels are read as text); other cards draw on a canvas.
  await card.locator("[_echarts_instance_] canvas, [_echarts_instance_] svg").first().waitFor();
  await page.waitForTimeout(500);
  return card;
}

async function fromMenu(page: Page, card: Locator, item: string): Promise<Download> {
  await card.locator("summary", { hasText: "导出" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("menuitem", { name: item }).click()]);
  return download;
}

async function bytesOf(download: Download): Promise<Buffer> {
  const file = await download.path();
  return fs.readFileSync(file);
}

test("heatmap 导出 PNG: 2× pixels of the whole chart (all rows), white frame; SVG names every department", async () => {
  const page = await context.newPage();
  await page.goto(`${app.url}/execution?year=2024`);
  const card = await openCard(page, HEATMAP);
  const box = (await card.locator("[_echarts_instance_]").first().boundingBox())!;
  await screenshot(page, "export-heatmap-page");

  const csv = (await bytesOf(await fromMenu(page, card, "下载 CSV"))).toString("utf8");
  const departments = [...new Set(csv.split("\r\n").slice(1).filter(Boolean).map((line) => line.split(",")[0]!))];
  expect(departments.length).toBeGreaterThan(20);

  const pngDownload = await fromMenu(page, card, "导出 PNG");
  expect(pngDownload.suggestedFilename()).toBe("部门 × 类级科目 执行率（对年初预算）-2024 年度.png");
  const png = await bytesOf(pngDownload);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  fs.writeFileSync(path.join(SCREENSHOT_DIR, "export-heatmap-download.png"), png);
  const size = pngSize(new Uint8Array(png))!;
  expect(size.width).toBe(Math.round(box.width) * 2);
  // The heatmap grows with its rows, so the whole on-screen chart (every department) is in the image, inside the frame.
  expect(size.height).toBeGreaterThanOrEqual(Math.round(box.height) * 2);

  const svg = (await bytesOf(await fromMenu(page, card, "导出 SVG"))).toString("utf8");
  expect(svg.startsWith("<svg")).toBe(true);
  expect(svg).toContain("部门 × 类级科目 执行率");
  expect(svg).toMatch(/导出日期：\d{4}-\d{2}-\d{2}/);
  expect(svg).toContain("2024 年度");
  for (const name of departments) expect(svg, name).toContain(name.slice(0, 6));
  await page.close();
});

test("CSV and Excel of a chart card: BOM, header with units, file named <title>-<period>; Excel is a workbook", async () => {
  const page = await context.newPage();
  await page.goto(`${app.url}/execution?year=2024`);
  const card = await openCard(page, HEATMAP);
  const csvDownload = await fromMenu(page, card, "下载 CSV");
  expect(csvDownload.suggestedFilename()).toBe("部门 × 类级科目 执行率（对年初预算）-2024 年度.csv");
  const csv = (await bytesOf(csvDownload)).toString("utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split("\r\n")[0]).toBe("\uFEFF部门,科目编码,科目名称,年初预算（万元）,决算（万元）,执行率（对年初预算）（%）,差额（万元）,状态");

  const xlsx = await fromMenu(page, card, "下载 Excel");
  expect(xlsx.suggestedFilename()).toBe("部门 × 类级科目 执行率（对年初预算）-2024 年度.xlsx");
  expect((await bytesOf(xlsx)).subarray(0, 2).toString("latin1")).toBe("PK");
  await page.close();
});

test("复制图片 puts a PNG on the clipboard where the browser allows it", async () => {
  const page = await context.newPage();
  await page.goto(`${app.url}/execution?year=2024`);
  const card = await openCard(page, HEATMAP);
  // Chromium only writes to the clipboard from a focused document.
  await page.bringToFront();
  await card.locator("summary", { hasText: "导出" }).click();
  await screenshot(page, "export-menu-open");
  await card.getByRole("menuitem", { name: "复制图片" }).click();
  const status = card.locator('[aria-live="polite"]').first();
  await expect.poll(() => status.textContent(), { timeout: 20_000 }).not.toBe("");
  expect(await status.textContent()).toBe("已复制到剪贴板");
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
  expect(types).toContain("image/png");
  await page.close();
});

test("briefing decks download as PPTX from the API with the viewer's session", async () => {
  const page = await context.newPage();
  await page.goto(`${app.url}/departments?region=all&q=${encodeURIComponent("咸宁")}`);
  await page.getByRole("link", { name: "咸宁市人民政府办公室" }).click();
  await page.waitForURL(/\/departments\/\d+/);
  const id = /\/departments\/(\d+)/.exec(page.url())![1];
  for (const query of [`kind=department&id=${id}&year=2024`, "kind=overview&year=2024"]) {
    const response = await page.request.get(`${app.url}/api/deck?${query}`);
    expect(response.status(), query).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    expect((await response.body()).subarray(0, 2).toString("latin1")).toBe("PK");
  }
  const svg = await page.request.get(`${app.url}/api/charts/department-structure.svg?id=${id}&year=2024`);
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain("咸宁市人民政府办公室");
  await page.close();
});

test("生成汇报材料 on the department, overview and compare pages downloads the deck", async () => {
  const page = await context.newPage();
  await page.goto(`${app.url}/departments?region=all&q=${encodeURIComponent("咸宁")}`);
  await page.getByRole("link", { name: "咸宁市人民政府办公室" }).click();
  await page.waitForURL(/\/departments\/\d+/);
  const [deck] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "生成汇报材料" }).click()]);
  expect(deck.suggestedFilename()).toBe("咸宁市人民政府办公室-2024年度-汇报材料.pptx");
  expect((await bytesOf(deck)).subarray(0, 2).toString("latin1")).toBe("PK");
  await screenshot(page, "export-department-header");

  await page.goto(`${app.url}/?year=2024`);
  const [overview] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "生成汇报材料" }).click()]);
  expect(overview.suggestedFilename()).toBe("2024年度-部门决算总览-汇报材料.pptx");
  await page.close();
});

test("tablet width: the 导出 menu stays inside the card", async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 1000 });
  await page.goto(`${app.url}/execution?year=2024`);
  const card = await openCard(page, HEATMAP);
  await card.locator("summary", { hasText: "导出" }).click();
  const menu = (await card.getByRole("menu").boundingBox())!;
  expect(menu.x).toBeGreaterThanOrEqual(0);
  expect(menu.x + menu.width).toBeLessThanOrEqual(800);
  await screenshot(page, "export-menu-tablet");
  await page.close();
});
