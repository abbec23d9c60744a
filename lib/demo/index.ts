/** Deterministic demo data: a fictional city (示例市) whose departments publish 部门决算 reports as text or XLSX.
 * Pure; writeDemoFiles (node:fs) lives in ./write-demo-files for the CLI. */
export { generateCity, generateDepartmentReports } from "./generate-city";
export { renderReportText, demoFileName, DEMO_MARK } from "./render-text";
export { renderReportXlsx } from "./render-xlsx";
export { expectedParsed, type ExpectedParsed } from "./expected-parsed";
export { reportTotals, functionRows, sangongTotal } from "./report-figures";
export type * from "./types";
