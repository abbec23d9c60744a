import { Decimal, type MoneyUnit } from "@/lib/money";
import { FUNCTION_CLASSES } from "@/lib/domain/function-classes";
import { functionCodeName, normalizeFunctionName } from "@/lib/domain/function-codes";
import type { DocCell, DocLine } from "@/lib/parsers/document";
import { tolerance } from "@/lib/parsers/tables/assign-columns";
import { amountOf, compact, isFunctionCode, tokenize } from "@/lib/parsers/tables/tokens";

const CLASS_BY_NAME = new Map(FUNCTION_CLASSES.map((c) => [compact(c.name), c.code]));
const RELATIVE = /^\d{2}$/;

interface Open {
  code: string;
  /** The row's 合计 less its children read so far: a 款 with a remainder still has 项 to come. */
  remainder: Decimal | null;
}

function withCode(line: DocLine, code: string, drop: number): DocLine {
  const first = line.cells[0];
  const cell: DocCell = { ...first, text: code };
  const cells = [cell, ...line.cells.slice(drop)];
  return { ...line, cells, text: cells.map((c) => c.text).join(" ") };
}

function firstAmount(line: DocLine, unit: MoneyUnit): Decimal | null {
  const token = tokenize([line]).find((t) => t.kind === "amount");
  return token ? amountOf(token, unit) : null;
}

function nameOf(line: DocLine): string {
  return line.cells.filter((c) => !/^[\d.,\-－—]+$/.test(compact(c.text))).map((c) => c.text).join("");
}

function hasAmounts(line: DocLine): boolean {
  return tokenize([line]).some((t) => t.kind === "amount");
}

const catalogueSays = (code: string, name: string): boolean => {
  const known = functionCodeName(code);
  return known !== null && normalizeFunctionName(known) === normalizeFunctionName(name);
};

/**
 * A relative code ("03" printed in the 款 column, "01" in the 项 column) after a 款: the catalogue decides when it
 * names exactly one reading; otherwise the sums do: while the 款's 合计 is not yet covered by its 项, the row is a 项.
 */
function relativeLevel(r: string, name: string, klass: string, section: Open | null, unit: MoneyUnit): string {
  if (section === null) return `${klass}${r}`;
  const asItem = `${section.code}${r}`;
  const asSection = `${klass}${r}`;
  const itemKnown = catalogueSays(asItem, name);
  if (itemKnown !== catalogueSays(asSection, name)) return itemKnown ? asItem : asSection;
  const open = section.remainder !== null && section.remainder.abs().gt(tolerance(unit, 1));
  return open ? asItem : asSection;
}

/**
 * Restores the codes of rows the extraction left without their full code, reading the level from the code's
 * structure (3/5/7 digits, 类 = Σ 款, 款 = Σ 项):
 * - a 类 row printed with its name only ("一般公共服务支出 150.00 …", no 201): its code from the national catalogue's
 *   name, or from the 款 rows below when they start a 类 no row has named;
 * - codes printed per column without their parents' digits (201 / 03 / 01), which plain text cannot tell 款 from 项.
 * Returns null when nothing needed restoring. The caller keeps this reading only if the identities accept it better.
 */
export function restoreCodeLevels(body: ReadonlyArray<DocLine>, unit: MoneyUnit): DocLine[] | null {
  let changed = false;
  let klass: string | null = null;
  let section: Open | null = null;
  const seenClasses = new Set<string>();
  const out = body.map((line, index) => {
    const first = compact(line.cells[0]?.text ?? "");
    const second = line.cells[1]?.text ?? "";
    if (isFunctionCode(first)) {
      klass = first.slice(0, 3);
      seenClasses.add(klass);
      if (first.length === 5) section = { code: first, remainder: firstAmount(line, unit) };
      else if (first.length === 7 && section?.code === first.slice(0, 5)) section.remainder = section.remainder?.minus(firstAmount(line, unit) ?? 0) ?? null;
      else if (first.length === 3) section = null;
      return line;
    }
    if (RELATIVE.test(first) && klass !== null && second !== "" && !/^[\d.,]+$/.test(second) && hasAmounts(line)) {
      const code = relativeLevel(first, nameOf(line), klass, section, unit);
      changed = true;
      const amount = firstAmount(line, unit);
      if (code.length === 5) section = { code, remainder: amount };
      else if (section) section.remainder = section.remainder?.minus(amount ?? 0) ?? null;
      return withCode(line, code, 1);
    }
    if (/^(合计|总计)$/.test(first) || !/支出$/.test(first) || !hasAmounts(line)) return line;
    const next = body.slice(index + 1).find((l) => isFunctionCode(compact(l.cells[0]?.text ?? "")));
    const nextCode = compact(next?.cells[0]?.text ?? "");
    const fromBelow = nextCode.length > 3 && !seenClasses.has(nextCode.slice(0, 3)) ? nextCode.slice(0, 3) : null;
    const code = CLASS_BY_NAME.get(first) ?? fromBelow;
    if (code === null || (fromBelow !== null && code !== fromBelow)) return line;
    changed = true;
    klass = code;
    seenClasses.add(code);
    section = null;
    return withCode(line, code, 0);
  });
  return changed ? out : null;
}
