/** "<title>-<period>" with characters that break downloads replaced; the same rule for CSV, XLSX and images. */
export function exportFileStem(title: string, period?: string): string {
  const stem = period === undefined || period === "" ? title : `${title}-${period}`;
  return stem.replace(/[\\/:*?"<>|\r\n\t]+/g, "_").trim().slice(0, 120) || "导出数据";
}
