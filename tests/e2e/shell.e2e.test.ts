import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, screenshot, startApp, type RunningApp } from "./helpers/app";

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({ FISCAL_LENS_DEMO: "0" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test("an empty database shows the Chinese shell with an honest empty state on every section", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app.url);
  await expect(page.getByRole("navigation", { name: "主导航" }).textContent()).resolves.toContain("执行率");
  await expect(page.getByText("尚无数据，请导入报告").count()).resolves.toBe(1);
  await screenshot(page, "shell-empty");
  await page.close();
});
