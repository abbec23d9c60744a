import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, screenshot, startApp, type RunningApp } from "./helpers/app";

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  // The demo districts (on by default) add nothing these tests read: left out to keep the start short.
  app = await startApp({ FISCAL_LENS_DEMO_DEPARTMENTS: "8", FISCAL_LENS_DEMO_YEARS: "2023-2024", FISCAL_LENS_DEMO_DISTRICTS: "0" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(path: string, width = 1440, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${app.url}${path}`);
  await page.waitForLoadState("networkidle");
  return page;
}

async function departmentId(name: string): Promise<number> {
  const body = (await (await fetch(`${app.url}/api/departments?q=${encodeURIComponent(name)}`)).json()) as { departments: Array<{ id: number; name: string }> };
  const found = body.departments.find((d) => d.name === name);
  if (found === undefined) throw new Error(`${name} not loaded`);
  return found.id;
}

test("PDF report: a figure's source link opens the viewer at its page with the figure's line boxed", async () => {
  const id = await departmentId("中共上海市普陀区委社会工作部");
  const page = await open(`/departments/${id}?year=2024`);
  const link = page.locator("#execution a.source-link[href*='line=']").first();
  const href = (await link.getAttribute("href")) ?? "";
  const [, pageNo, lineNo] = /page=(\d+)&line=(\d+)/.exec(href) ?? [];
  expect(pageNo).toBeDefined();
  await link.click();
  await page.waitForURL(/\/evidence\/\d+\?page=\d+&line=\d+/);
  await page.locator(".evidence-pdf[data-state=ready]").waitFor({ timeout: 60_000 });
  await expect(page.locator("h1").innerText()).resolves.toContain(`原文第 ${pageNo} 页`);
  const box = page.locator(".evidence-box");
  await expect(box.count()).resolves.toBe(1);
  await expect(box.getAttribute("data-line")).resolves.toBe(lineNo);
  const canvas = await page.locator(".evidence-sheet canvas").boundingBox();
  const mark = await box.boundingBox();
  expect(canvas !== null && mark !== null && mark.y > canvas.y && mark.y + mark.height < canvas.y + canvas.height).toBe(true);
  expect(canvas?.width ?? 0).toBeGreaterThan(700);
  await screenshot(page, "evidence-pdf-1440");
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.reload();
  await page.locator(".evidence-pdf[data-state=ready]").waitFor({ timeout: 60_000 });
  await screenshot(page, "evidence-pdf-1024");
  await page.close();
});

test("text report: a 审核 finding's source link opens its page with the line highlighted", async () => {
  const id = await departmentId("咸宁市人民政府办公室");
  const page = await open(`/departments/${id}?year=2024`, 1024, 768);
  const link = page.locator("#findings a.source-link[href*='finding=']").first();
  await link.evaluate((a) => a.closest("details")?.setAttribute("open", ""));
  const href = (await link.getAttribute("href")) ?? "";
  const pageNo = /page=(\d+)/.exec(href)?.[1];
  await link.click();
  await page.waitForURL(/\/evidence\/\d+\?finding=\d+/);
  await expect(page.locator("h1").innerText()).resolves.toContain(`原文第 ${pageNo} 页`);
  const marked = page.locator("tr.evidence-mark");
  await expect(marked.count()).resolves.toBeGreaterThan(0);
  await expect(page.locator(".evidence-marks").innerText()).resolves.toContain("审核所指数字");
  await expect(page.locator(".evidence-finding").count()).resolves.toBe(1);
  await screenshot(page, "evidence-text-1024");
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, "evidence-text-1440");
  await page.close();
});

test("heatmap: category names on the axis, values on demand, a cell click opens that department and code", async () => {
  const page = await open("/execution?year=2024&level=类&sort=name");
  const card = page.getByRole("region", { name: "部门 × 类级科目 执行率" });
  const labels = await card.locator("svg text").allTextContents();
  expect(labels.join(" ")).toContain("一般公共服务");
  expect(labels.some((t) => /^201$/.test(t.trim()))).toBe(true);
  await card.getByRole("button", { name: "显示数值" }).click();
  await page.waitForTimeout(500);
  const withValues = await card.locator("svg text").allTextContents();
  expect(withValues.some((t) => /^\d{2,3}$/.test(t.trim()) && !/^20\d$|^21\d$|^22\d$/.test(t.trim()))).toBe(true);
  await screenshot(page, "execution-1440");
  const chart = await card.locator("svg").first().boundingBox();
  if (chart === null) throw new Error("heatmap not rendered");
  let tooltip = "";
  let point = { x: 0, y: 0 };
  search: for (let dy = 70; dy < Math.min(chart.height, 300); dy += 12) {
    for (const fx of [0.35, 0.5, 0.65]) {
      point = { x: chart.x + chart.width * fx, y: chart.y + dy };
      await page.mouse.move(point.x, point.y);
      await page.waitForTimeout(250);
      tooltip = (await card.innerText()).split("\n").find((line) => line.includes(" · ")) ?? "";
      if (tooltip !== "") break search;
    }
  }
  expect(tooltip).toContain(" · ");
  await page.mouse.click(point.x, point.y);
  await page.waitForURL(/\/departments\/\d+\?year=2024&code=\d{3}&basis=(initial|full)&region=9901$/);
  const code = new URL(page.url()).searchParams.get("code") ?? "";
  expect(tooltip).toContain(code);
  await page.close();
  const narrow = await open("/execution?year=2024&level=项", 1024, 768);
  await screenshot(narrow, "execution-1024");
  await narrow.close();
});

test("compare: amounts, shares, rates and YoY modes; the picker starts afresh after a pick", async () => {
  // Compare works within the home region: pick three of the departments its picker offers.
  const { picker } = (await (await fetch(`${app.url}/api/analytics/compare?year=2024`)).json()) as { picker: Array<{ id: number }> };
  const ids = picker.slice(0, 3).map((d) => d.id).join(",");
  const page = await open(`/compare?ids=${ids}&year=2024`);
  await expect(page.locator(".compare-multiples section").count()).resolves.toBe(3);
  await screenshot(page, "compare-amounts-1440");
  for (const [label, title] of [["结构占比", "支出结构占比：按功能分类（类）"], ["执行率", "预算执行率与三公经费执行率"], ["同比变化", "支出合计比上年变化"]] as const) {
    await page.getByRole("navigation", { name: "对比方式" }).getByRole("link", { name: label }).click();
    await page.getByRole("region", { name: title }).waitFor();
    await screenshot(page, `compare-${label}-1440`);
  }
  await page.setViewportSize({ width: 1024, height: 768 });
  await screenshot(page, "compare-yoy-1024");
  const filter = page.getByLabel("筛选部门");
  const add = page.getByLabel("添加部门");
  const name = await add.locator("option").nth(1).innerText();
  await filter.fill(name.slice(0, 3));
  await add.selectOption({ index: 1 });
  await page.waitForURL(/ids=(\d+,){3}\d+|ids=(\d+%2C){3}\d+/);
  await expect(filter.inputValue()).resolves.toBe("");
  await expect(page.getByLabel("添加部门").locator("option").first().innerText()).resolves.not.toContain("（0）");
  await page.close();
});

test("三公: every series named in one legend without paging at 1024 px", async () => {
  const page = await open("/sangong?from=2023&to=2024", 1024, 768);
  const card = page.getByRole("region", { name: "全市三公经费：各项预算与决算" });
  const texts = (await card.locator("svg text").allTextContents()).map((t) => t.trim());
  for (const item of ["因公出国(境)费", "公务用车购置费", "公务用车运行维护费", "公务接待费", "合计"]) expect(texts).toContain(item);
  expect(texts.some((t) => /^\d+\/\d+$/.test(t))).toBe(false);
  expect(texts.join(" ")).toContain("虚线 = 预算");
  await screenshot(page, "sangong-1024");
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, "sangong-1440");
  await page.close();
});
