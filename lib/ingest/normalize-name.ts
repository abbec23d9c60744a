/**
 * Department names as printed vary in width, spacing and suffixes ("咸宁市人民政府办公室本级", "（本级）", "部门决算").
 * The normalised form is what identity matching compares; the printed name is kept for display.
 */
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const SUFFIXES = [/[（(]本级[)）]$/, /本级$/, /[（(]汇总[)）]$/, /汇总$/, /部门决算$/, /单位决算$/];

export function normalizeDepartmentName(name: string): string {
  let text = name
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/[“”"'‘’]/g, "");
  let changed = true;
  while (changed) {
    changed = false;
    for (const suffix of SUFFIXES) {
      const next = text.replace(suffix, "");
      if (next !== text && next.length > 0) {
        text = next;
        changed = true;
      }
    }
  }
  return text.replace(/\(/g, "（").replace(/\)/g, "）");
}

/** Display form: the printed name without scope suffixes. */
export function displayDepartmentName(name: string): string {
  return name.trim().replace(/[（(]?本级[)）]?$/, "").replace(/\s+/g, "");
}
