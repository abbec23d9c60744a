/**
 * Axis-sized names of functional codes: "一般公共服务支出" → "一般公共服务", "政府办公厅（室）及相关机构事务" → "政府办公厅及…".
 * The full name stays in the tooltip and the data table.
 */
export function shortCodeName(name: string, max = 6): string {
  const trimmed = name.replace(/[（(][^）)]*[）)]/gu, "").replace(/支出$/u, "").trim() || name;
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1)}…`;
}
