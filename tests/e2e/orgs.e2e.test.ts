import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, screenshot, startApp, type RunningApp } from "./helpers/app";

const ADMIN_PASSWORD = "e2e-orgs-password";
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({
    FISCAL_LENS_DEMO_DEPARTMENTS: "6", FISCAL_LENS_DEMO_YEARS: "2024", FISCAL_LENS_ADMIN_PASSWORD: ADMIN_PASSWORD,
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function departmentId(name: string): Promise<number> {
  const res = await fetch(`${app.url}/api/departments?q=${encodeURIComponent(name)}`);
  const { departments } = (await res.json()) as { departments: Array<{ id: number; name: string }> };
  const found = departments.find((d) => d.name === name);
  if (found === undefined) throw new Error(`${name} not found`);
  return found.id;
}

async function login(page: Page, next: string) {
  await page.goto(`${app.url}/login?next=${encodeURIComponent(next)}`);
  await page.fill('input[name="username"]', "admin");
  await page.fill('input[name="password"]', ADMIN_PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForURL(`${app.url}${next}`);
}

test.each([1440, 1024])("the header picks a region; its links keep it; 按地区对比 puts 甲区 and 乙区 side by side (%i px)", async (width) => {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${app.url}/`);
  await page.getByLabel("地区", { exact: true }).selectOption("990102");
  await page.waitForURL(/region=990102/);
  await expect(page.getByText(/示例市乙区 · \d{4} 年度/).count()).resolves.toBeGreaterThan(0);
  await screenshot(page, `orgs-region-picked-${width}`);
  // Every link of the view stays in the region: the department list is 乙区's only.
  await page.getByRole("link", { name: "部门", exact: true }).click();
  await page.waitForURL(/\/departments\?region=990102/);
  const names = await page.getByTestId("department-list").locator("tbody tr td:first-child a").allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(15);
  expect(names.every((n) => n.startsWith("示例市乙区"))).toBe(true);

  await page.goto(`${app.url}/compare?region=9901`);
  await page.getByRole("link", { name: "按地区对比" }).click();
  await page.waitForURL(/regions=990101%2C990102|regions=990101,990102/);
  const table = page.getByTestId("region-compare-table");
  await expect(table.locator("tbody tr").count()).resolves.toBe(2);
  await expect(table.textContent()).resolves.toMatch(/示例市甲区[\s\S]*示例市乙区/);
  await page.getByRole("region", { name: "三公经费决算（分项）" }).waitFor();
  const finance = page.getByTestId("region-compare-kinds").locator("tr", { hasText: "财政局" }).first();
  await expect(finance.textContent()).resolves.toContain("示例市甲区财政局");
  await expect(finance.textContent()).resolves.toContain("示例市乙区财政局");
  await screenshot(page, `orgs-region-compare-${width}`);
  await finance.getByRole("link", { name: "对比" }).click();
  await page.waitForURL(/ids=\d+(,|%2C)\d+.*region=9901&sub=1/);
  await expect(page.locator(".compare-chip").count()).resolves.toBe(2);
  await page.waitForTimeout(1500); // let the bars finish growing before the picture
  await screenshot(page, `orgs-region-same-kind-${width}`);
  await page.close();
});

test.each([1440, 1024])("a 部门 lists its units; a unit leads back to its 部门 (%i px)", async (width) => {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${app.url}/departments/${await departmentId("示例市甲区教育局")}`);
  const units = page.getByTestId("department-units");
  await expect(units.textContent()).resolves.toContain("示例市甲区第一中学");
  await expect(units.textContent()).resolves.toContain("本部门的部门决算为汇总数");
  await screenshot(page, `orgs-department-units-${width}`);
  await units.getByRole("link", { name: "示例市甲区第一中学" }).click();
  await page.getByTestId("unit-parent").waitFor();
  await expect(page.locator("h1").textContent()).resolves.toBe("示例市甲区第一中学");
  await screenshot(page, `orgs-unit-${width}`);
  await page.getByTestId("unit-parent").getByRole("link", { name: "示例市甲区教育局" }).click();
  await page.getByTestId("department-units").waitFor();
  await page.close();
});

test.each([1440, 1024])("an admin merges two departments on /admin/departments and undoes it (%i px)", async (width) => {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const from = await departmentId("示例市乙区统计局");
  await login(page, `/admin/departments?q=${encodeURIComponent("示例市乙区")}&id=${from}`);
  const merge = page.getByTestId("form-merge");
  await merge.locator('select[name="intoId"]').selectOption({ label: "示例市乙区审计局" });
  await merge.getByRole("button", { name: "合并" }).click();
  // The form's own confirmation may be gone at once: the refreshed page shows the merged department without its merge form.
  const changes = page.getByTestId("org-changes");
  await changes.getByText("“示例市乙区统计局”自 2024 年起并入“示例市乙区审计局”", { exact: true }).first().waitFor();
  await screenshot(page, `orgs-admin-merged-${width}`);

  await page.goto(`${app.url}/departments/${from}`);
  await expect(page.locator(".notice").first().textContent()).resolves.toContain("并入 示例市乙区审计局");

  await page.goto(`${app.url}/admin/departments?id=${from}`);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByTestId("org-changes").getByRole("button", { name: "撤销" }).first().click();
  await page.getByTestId("org-changes").getByText(/^撤销：/).first().waitFor();
  await page.getByTestId("form-merge").waitFor();
  await screenshot(page, `orgs-admin-undone-${width}`);
  await page.goto(`${app.url}/departments/${from}`);
  await expect(page.getByText("本部门已于机构改革中并入").count()).resolves.toBe(0);
  await page.close();
});

test("an admin moves a department to another region on /admin/departments and undoes it", async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const id = await departmentId("示例市乙区司法局");
  await login(page, `/admin/departments?q=${encodeURIComponent("示例市乙区司法局")}&id=${id}`);
  const form = page.getByTestId("form-region");
  await form.locator('select[name="regionCode"]').selectOption("990101");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status").textContent()).resolves.toContain("的地区设为“示例市甲区”");
  await expect.poll(() => page.getByTestId("org-register").textContent(), { timeout: 20_000 }).toContain("示例市甲区");
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "orgs-admin-region-moved");
  const jia = (await (await fetch(`${app.url}/api/departments?region=990101`)).json()) as { departments: Array<{ name: string }> };
  expect(jia.departments.map((d) => d.name)).toContain("示例市乙区司法局");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByTestId("org-changes").getByRole("button", { name: "撤销" }).first().click();
  await page.getByTestId("org-changes").getByText(/^撤销：.*的地区设为/).first().waitFor();
  const yi = (await (await fetch(`${app.url}/api/departments?region=990102`)).json()) as { departments: Array<{ name: string }> };
  expect(yi.departments.map((d) => d.name)).toContain("示例市乙区司法局");
  await page.close();
});
