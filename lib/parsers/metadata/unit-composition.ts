import type { DocLine } from "@/lib/parsers/document";
import { asOrgName, nameKey } from "./org-name";
import { compactText } from "./sightings";

export interface ReportUnit {
  name: string;
  role: "本级" | "所属单位";
  page: number | null;
  line: number | null;
}

const HEADING = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十]+[)）])/;
const SECTION_LINES = 40;
const SELF = /[（(]?本级[)）]?(?:决算)?$/;

function unitOf(fragment: string, line: DocLine): ReportUnit | null {
  const text = fragment.replace(/^\d{1,3}[.、]?/, "").replace(/(?:决算|备注)$/, "");
  const role = SELF.test(text) ? "本级" : "所属单位";
  const name = asOrgName(text.replace(SELF, ""));
  return name ? { name, role, page: line.page, line: line.line } : null;
}

/**
 * "部门决算单位构成": the 本级 and each 所属单位 the department's accounts include, from the numbered list ("1 中共…（本级）",
 * "2 上海市…服务中心") or the sentence ("…编制范围的单位包括：A（本级）、B、C"). The table-of-contents entry has no list
 * under it and yields nothing.
 */
export function readUnitComposition(lines: readonly DocLine[]): ReportUnit[] {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line || !line.text.includes("单位构成")) continue;
    const units = new Map<string, ReportUnit>();
    for (const next of lines.slice(i + 1, i + 1 + SECTION_LINES)) {
      const text = compactText(next.text);
      if (HEADING.test(text)) break;
      const listed = /包括[:：](.+)$/.exec(text)?.[1];
      const cells = next.cells.map((cell) => compactText(cell.text));
      const numbered = /^\d{1,3}$/.test(cells[0] ?? "") && cells[1] ? [cells[1], text] : /^\d{1,3}/.test(text) ? [text] : [];
      const fragments = listed !== undefined ? listed.split(/[、，,；;。]/) : numbered;
      for (const fragment of fragments) {
        const unit = unitOf(fragment, next);
        if (unit && !units.has(nameKey(unit.name))) units.set(nameKey(unit.name), unit);
        if (unit && listed === undefined) break;
      }
    }
    if (units.size > 0) return [...units.values()];
  }
  return [];
}
