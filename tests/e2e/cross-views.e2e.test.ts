import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import path from "node:path";
import { launchBrowser, screenshot, SCREENSHOT_DIR, startApp, type RunningApp } from "./helpers/app";

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({ FISCAL_LENS_DEMO_DEPARTMENTS: "10", FISCAL_LENS_DEMO_YEARS: "2022-2024" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${app.url}${path}`);
  await page.waitForLoadState("networkidle");
  return page;
}

interface HeatmapApi {
  departments: Array<{ id: string; name: string }>;
  codes: Array<{ code: string; name: string }>;
}

test("overview shows KPIs, ranking, distribution and the attention list with evidence links", async () => {
  const page = await open("/?year=2024");
  await expect(page.getByText("支出合计").count()).resolves.toBeGreaterThan(0);
  const attention = page.getByRole("region", { name: "需关注" });
  await expect(attention.count()).resolves.toBe(1);
  await expect(page.locator(".badge.demo").count()).resolves.toBeGreaterThan(0);
  // The whole page of items is on the page: no box scrolls inside it.
  await expect(attention.evaluate((el) => [...el.querySelectorAll("*")].some((x) => getComputedStyle(x).overflowY === "auto"))).resolves.toBe(false);
  const evidence = attention.getByRole("link", { name: "查看" }).first();
  if ((await evidence.count()) > 0) expect(await evidence.getAttribute("href")).toMatch(/^\/departments\/\d+\?year=\d{4}/);
  await screenshot(page, "overview");
  await page.close();
  const tablet = await open("/?year=2024", 820);
  await screenshot(tablet, "overview-tablet");
  await tablet.close();
});

test("a bar of the rate distribution lists its departments, read from the overview API when first opened", async () => {
  const page = await open("/?year=2024");
  const read: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/analytics/overview") read.push(r.url());
  });
  const canvas = page.getByRole("region", { name: /执行率.*分布/ }).locator("canvas").first();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (box === null) throw new Error("distribution not drawn");
  expect(read).toEqual([]);
  // Along the bars' feet, left to right, until one with departments opens its list.
  for (let i = 0; i < 24 && (await page.locator(".band-list").count()) === 0; i += 1) {
    await page.mouse.click(box.x + box.width * (0.06 + i * 0.038), box.y + box.height - 70);
    await page.waitForTimeout(100);
  }
  const list = page.locator(".band-list");
  await list.locator("li").first().waitFor();
  const heading = (await list.locator("h4").innerText()).match(/：(\d+) 个部门/);
  await expect(list.locator("li").count()).resolves.toBe(Number(heading?.[1]));
  expect(await list.locator("li a").first().getAttribute("href")).toMatch(/^\/departments\/\d+\?year=2024/);
  expect(read).toHaveLength(1);
  expect(new URL(read[0] ?? "").searchParams.get("year")).toBe("2024");
  await page.close();
});

test("a long list: the server draws its first rows, the browser all of the page's", async () => {
  const html = await (await fetch(`${app.url}/departments?region=all`)).text();
  const total = Number(/共 (\d+) 个部门/.exec(html)?.[1]);
  expect(total).toBeGreaterThan(25);
  const drawn = html.split('data-testid="department-list"')[1]?.split("</table>")[0]?.match(/<tr/g)?.length ?? 0;
  expect(drawn - 1).toBe(Math.min(total, 25));
  const page = await open("/departments?region=all");
  await expect.poll(() => page.getByTestId("department-list").locator("tbody tr").count()).toBe(Math.min(total, 100));
  await page.close();
});

test("需关注: most severe first, one sentence and its source per item, chips filter; pictures at 1440 and 1024 px", async () => {
  const api = (await (await fetch(`${app.url}/api/analytics/overview?year=2024`)).json()) as { attention: Array<{ kind: string; score: number; message: string }> };
  expect(api.attention.map((a) => a.score)).toEqual([...api.attention.map((a) => a.score)].sort((a, b) => b - a));
  expect(api.attention.length).toBeLessThanOrEqual(15);
  for (const width of [1440, 1024]) {
    const page = await open("/?year=2024", width);
    const attention = page.getByRole("region", { name: "需关注" });
    await attention.screenshot({ path: path.join(SCREENSHOT_DIR, `overview-attention-${width}.png`) });
    await page.close();
  }
  const kind = api.attention[0]?.kind;
  if (kind === undefined) return;
  const page = await open(`/?year=2024&attention=${kind}`);
  const items = page.getByRole("region", { name: "需关注" }).locator(".attention-items li");
  await expect(items.count()).resolves.toBe(api.attention.filter((a) => a.kind === kind).length);
  await expect(page.getByRole("navigation", { name: "按类型筛选" }).locator("[aria-current=true]").count()).resolves.toBe(1);
  await page.close();
});

test("a heatmap cell click lands on that department drilled to that code", async () => {
  const api = (await (await fetch(`${app.url}/api/analytics/execution?year=2024&level=类&sort=name`)).json()) as HeatmapApi;
  const page = await open("/execution?year=2024&level=类&sort=name");
  await screenshot(page, "execution-heatmap");
  const chart = page.getByRole("region", { name: "部门 × 类级科目 执行率" }).locator("div[role=img]");
  const box = await chart.boundingBox();
  if (box === null) throw new Error("heatmap not rendered");
  // Hover until the tooltip names a cell, then click exactly there and compare the URL with the tooltip.
  let tooltip = "";
  let point = { x: 0, y: 0 };
  // The code axis (names and codes) sits above the first row: scan down from it.
  search: for (let dy = 70; dy < Math.min(box.height, 300); dy += 12) {
    for (const fx of [0.5, 0.6, 0.4]) {
      point = { x: box.x + box.width * fx, y: box.y + dy };
      await page.mouse.move(point.x, point.y);
      await page.waitForTimeout(300);
      tooltip = (await chart.innerText()).trim();
      if (tooltip.includes("·")) break search;
    }
  }
  expect(tooltip).toContain("·");
  await page.mouse.click(point.x, point.y);
  // The link keeps the region the heatmap was computed in (the home region, 示例市).
  await page.waitForURL(/\/departments\/\d+\?year=2024&code=\d{3}&basis=(initial|full)&region=9901$/);
  const url = new URL(page.url());
  const id = url.pathname.split("/").pop();
  const code = url.searchParams.get("code") ?? "";
  const department = api.departments.find((d) => d.id === id);
  expect(department).toBeDefined();
  expect(tooltip).toContain(`${department?.name ?? "?"} · ${code}`);
  expect(api.codes.map((c) => c.code)).toContain(code);
  await page.close();
});

test("compare: the picker writes ids into the URL and the view round-trips through it", async () => {
  const page = await open("/compare?year=2024");
  const add = page.getByLabel("添加部门");
  const first = await add.locator("option").nth(1).getAttribute("value");
  await add.selectOption(first ?? "");
  await page.waitForURL(new RegExp(`ids=${first}`));
  const second = await page.getByLabel("添加部门").locator("option").nth(1).getAttribute("value");
  await page.getByLabel("添加部门").selectOption(second ?? "");
  await page.waitForURL(new RegExp(`ids=${first}(%2C|,)${second}`));
  const shared = page.url();
  await page.close();
  const again = await open(new URL(shared).pathname + new URL(shared).search);
  await expect(again.locator(".compare-chip").count()).resolves.toBe(2);
  await expect(again.getByRole("region", { name: "三公经费决算（分项）" }).count()).resolves.toBe(1);
  await screenshot(again, "compare");
  await again.locator(".compare-chip button").first().click();
  await again.waitForURL(new RegExp(`ids=${second}(&|$)`));
  await again.close();
});

test("三公 and explore load; the breadcrumb goes back to the parent code", async () => {
  const sangong = await open("/sangong?from=2022&to=2024");
  await expect(sangong.getByRole("region", { name: "全市三公经费：各项预算与决算" }).count()).resolves.toBe(1);
  await screenshot(sangong, "sangong");
  await sangong.close();
  const explore = await open("/explore?code=20101&year=2024");
  await expect(explore.getByRole("navigation", { name: "科目路径" }).innerText()).resolves.toContain("201");
  await screenshot(explore, "explore");
  await explore.getByRole("link", { name: "↑ 返回上级" }).click();
  await explore.waitForURL(/\/explore\?code=201&year=2024&region=9901$/);
  await explore.close();
});

test("links prefetch nothing: a list page asks the server for itself only, and a click fetches the one page it opens", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const fetched: Array<{ url: string; prefetch: boolean }> = [];
  page.on("request", (r) => {
    if (r.headers()["rsc"] === "1") fetched.push({ url: r.url(), prefetch: r.headers()["next-router-prefetch"] === "1" });
  });
  await page.goto(`${app.url}/departments`);
  await page.waitForLoadState("networkidle");
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(500);
  const rows = page.locator("table a[href^='/departments/']");
  await expect(rows.count()).resolves.toBeGreaterThan(5);
  expect(fetched).toEqual([]);
  await rows.first().hover();
  await page.waitForTimeout(300);
  expect(fetched).toEqual([]);
  const href = await rows.first().getAttribute("href");
  await rows.first().click();
  await page.waitForURL(new RegExp(`${href}$`));
  await page.waitForLoadState("networkidle");
  // A client-side navigation: the page's payload, fetched on the click, and nothing ahead of it.
  expect(fetched.length).toBeGreaterThan(0);
  expect(fetched.every((f) => !f.prefetch && new URL(f.url).pathname === href)).toBe(true);
  await page.close();
});
