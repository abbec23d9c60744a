import type { Decimal, MoneyUnit } from "@/lib/money";
import type { Location, Unread } from "@/lib/parsers/contract";
import type { TableSection } from "@/lib/parsers/tables/find-tables";
import { amountOf, compact, locationOf, tokenize, toHalfWidth, type Token } from "@/lib/parsers/tables/tokens";

export interface EconomicRow {
  code: string;
  name: string;
  category: "personnel" | "publicUse";
  amount: Decimal | null;
  location: Location;
}

export interface EconomicTable {
  rows: EconomicRow[];
  personnel: { amount: Decimal | null; location: Location } | null;
  publicUse: { amount: Decimal | null; location: Location } | null;
  unread: Unread[];
}

const ECONOMIC_CODE = /^3\d{2}(\d{2})?$/;
const PERSONNEL_PREFIXES = ["301", "303"];
/** "310资本性支出": a code glued to its name by extraction. */
const GLUED_CODE = /^(3\d{2}(?:\d{2})?)([^\d.,].*)$/;
const END = /^(注[:：]|说明[:：])/;

/**
 * 公开06表 by economic code. Reports print two or three code/name/amount groups side by side (人员经费 | 公用经费)
 * and extraction wraps names over lines, so the body is read as one stream: a code, the name pieces up to the next
 * number, then the amount if one follows before the next code. A blank amount stays null.
 */
export function parseEconomicTable(section: TableSection, unit: MoneyUnit): EconomicTable {
  const unread: Unread[] = [];
  const startAt = section.lines.findIndex((l) => {
    const first = toHalfWidth(l.cells[0]?.text ?? "");
    return ECONOMIC_CODE.test(first) && first.length === 3;
  });
  const endAt = section.lines.findIndex((l, i) => i > startAt && END.test(compact(l.cells[0]?.text ?? "")));
  const body = startAt < 0 ? [] : section.lines.slice(startAt, endAt < 0 ? undefined : endAt);
  const tokens = tokenize(body);
  const rows: EconomicRow[] = [];
  const result: EconomicTable = { rows, personnel: null, publicUse: null, unread };
  let current: { code: string; name: string; token: Token; amount: Token | null } | null = null;
  let label: { text: string; token: Token } | null = null;
  let orphan = "";
  const pending: { tail: EconomicRow | null } = { tail: null };

  const flush = (): void => {
    if (!current) return;
    const category = PERSONNEL_PREFIXES.some((p) => current?.code.startsWith(p)) ? "personnel" : "publicUse";
    const headFromOrphan = current.name === "" && orphan !== "";
    if (headFromOrphan) current.name = orphan;
    orphan = "";
    rows.push({
      code: current.code,
      name: current.name,
      category,
      amount: current.amount ? amountOf(current.amount, unit) : null,
      location: locationOf(current.token.line, section.id, { row: `${current.code} ${current.name}` }),
    });
    if (headFromOrphan) pending.tail = rows[rows.length - 1] ?? null;
    current = null;
  };

  let page = tokens[0]?.line.page;
  for (const token of tokens) {
    // Text left over at a page break is a repeated header or a footer, not the head of the next name.
    if (token.line.page !== page) orphan = "";
    page = token.line.page;
    const text = compact(token.text);
    const raw = token.text.replace(/\s+/g, "");
    const glued = GLUED_CODE.exec(raw);
    if ((token.kind === "int" && ECONOMIC_CODE.test(text)) || glued) {
      flush();
      label = null;
      current = { code: glued?.[1] ?? raw, name: glued?.[2] ?? "", token, amount: null };
    } else if (token.kind === "amount" || token.kind === "dash" || token.kind === "int") {
      if (label) {
        const figure = { amount: amountOf(token, unit), location: locationOf(token.line, section.id, { row: label.text }) };
        if (label.text.startsWith("人员经费")) result.personnel = figure;
        else result.publicUse = figure;
        label = null;
      } else if (current && current.amount === null) {
        current.amount = token;
        flush();
      }
    } else if (/^(人员经费|公用经费)(合计)?$/.test(text) || /^(人员经费|公用经费)合计/.test(text)) {
      flush();
      label = { text, token };
    } else if (current && current.amount === null) {
      current.name += raw;
    } else if (pending.tail) {
      pending.tail.name += raw;
      pending.tail.location.row = `${pending.tail.code} ${pending.tail.name}`;
      pending.tail = null;
    } else {
      orphan += raw;
    }
  }
  flush();
  if (!result.personnel && !result.publicUse) readColumnTotals(section, unit, result);
  if (rows.length === 0) {
    unread.push({ section: section.label, reason: "未读出任何经济分类科目行", location: locationOf(section.titleLine, section.id) });
  }
  if (!result.personnel) unread.push({ section: section.label, reason: "未找到“人员经费合计”", location: locationOf(section.titleLine, section.id) });
  if (!result.publicUse) unread.push({ section: section.label, reason: "未找到“公用经费合计”", location: locationOf(section.titleLine, section.id) });
  return result;
}

/**
 * The older layout prints 合计 / 人员经费 / 公用经费 as columns with a 合计 row instead of the two 合计 labels; the
 * split is read from that row only when it prints exactly those three amounts.
 */
function readColumnTotals(section: TableSection, unit: MoneyUnit, result: EconomicTable): void {
  const header = compact(section.lines.slice(0, 12).map((l) => l.text).join(""));
  const personnelAt = header.indexOf("人员经费");
  const publicAt = header.indexOf("公用经费");
  if (personnelAt < 0 || publicAt < 0) return;
  const totalLine = section.lines.find((l) => compact(l.cells[0]?.text ?? "") === "合计");
  if (!totalLine) return;
  const amounts = tokenize([totalLine]).filter((t) => t.kind === "amount" || t.kind === "int" || t.kind === "dash");
  if (amounts.length !== 3) return;
  const [, first, second] = amounts;
  const [personnel, publicUse] = personnelAt < publicAt ? [first, second] : [second, first];
  const location = locationOf(totalLine, section.id, { row: "合计" });
  result.personnel = { amount: personnel ? amountOf(personnel, unit) : null, location: { ...location, column: "人员经费" } };
  result.publicUse = { amount: publicUse ? amountOf(publicUse, unit) : null, location: { ...location, column: "公用经费" } };
}
