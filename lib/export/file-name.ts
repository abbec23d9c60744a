/** "<title>-<period>" with characters that break downloads replaced; the same rule for CSV, XLSX and images. */
export function exportFileStem(title: string, period?: string): string {
  const stem = period === undefined || period === "" ? title : `${title}-${period}`;
  return stem.replace(/[\\/:*?"<>|\r\n\t]+/g, "_").trim().slice(0, 120) || "导出数据";
}

/**
 * The title an exported chart or table carries: a department's chart names the department ("示例市财政局 预算执行情况"),
 * since an image pasted into a briefing has no page around it to say whose figures they are.
 */
export function exportTitle(title: string, department?: string): string {
  if (department === undefined || department === "" || title.includes(department)) return title;
  return `${department} ${title}`;
}
