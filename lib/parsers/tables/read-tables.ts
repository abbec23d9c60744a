import { Decimal, type MoneyUnit } from "@/lib/money";
import type { Unread } from "@/lib/parsers/contract";
import type { SourceDoc } from "@/lib/parsers/document";
import { near, tolerance, type Cells, type RowInput } from "@/lib/parsers/tables/assign-columns";
import {
  EXPENDITURE_COLUMNS,
  GPB_COLUMNS,
  INCOME_COLUMNS,
  parseCodeTable,
  type ParsedCodeRow,
  type ParsedCodeTable,
} from "@/lib/parsers/tables/code-table";
import { parseEconomicTable, type EconomicTable } from "@/lib/parsers/tables/economic-table";
import { findTables, unitOf, type TableId, type TableSection } from "@/lib/parsers/tables/find-tables";
import { parseFundTable, type FundTable } from "@/lib/parsers/tables/fund-table";
import type { Column } from "@/lib/parsers/tables/header-columns";
import {
  parseFiscalOverview,
  parseOverviewTable,
  type FiscalOverview,
  type OverviewTable,
} from "@/lib/parsers/tables/overview-tables";
import { parseSangongTable, type SangongTable } from "@/lib/parsers/tables/sangong-table";
import { locationOf } from "@/lib/parsers/tables/tokens";

export interface StandardTables {
  found: TableId[];
  /** The unit most tables state; per-table units are applied while reading. */
  unit: MoneyUnit | null;
  overview: OverviewTable | null;
  income: ParsedCodeTable | null;
  expenditure: ParsedCodeTable | null;
  fiscal: FiscalOverview | null;
  gpb: ParsedCodeTable | null;
  economic: EconomicTable | null;
  governmentFund: FundTable | null;
  stateCapital: FundTable | null;
  sangong: SangongTable | null;
  unread: Unread[];
}

function documentUnit(sections: ReadonlyArray<TableSection>, doc: SourceDoc): MoneyUnit | null {
  const counts = new Map<MoneyUnit, number>();
  for (const s of sections) if (s.unit) counts.set(s.unit, (counts.get(s.unit) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best?.[0] ?? unitOf(doc.lines);
}

function rowByCode(table: ParsedCodeTable | null, code: string | null): ParsedCodeRow | null {
  if (!table) return null;
  return code === null ? table.total : (table.rows.find((r) => r.code === code) ?? null);
}

function cellOf(cells: Cells, columns: ReadonlyArray<Column>, key: string): Decimal | null {
  const index = columns.findIndex((c) => c.key === key);
  return index < 0 ? null : (cells[index] ?? null);
}

function nonZero(value: Decimal | null | undefined): boolean {
  return value !== null && value !== undefined && !value.isZero();
}

/**
 * Finds and reads the standard tables. Order matters: 01 and 04 tell which income sources and funds exist, 05 (three
 * columns, rarely ambiguous) bounds 03 from below, and 05 equals the 财政拨款 column of 02 when the department has no
 * fund or state-capital money — the identities that place values when plain text lost the blanks.
 */
export function readStandardTables(doc: SourceDoc): StandardTables {
  const sections = findTables(doc);
  const unit = documentUnit([...sections.values()], doc);
  const unread: Unread[] = [];
  const unitFor = (section: TableSection): MoneyUnit | null => {
    const u = section.unit ?? unit;
    if (!u) unread.push({ section: section.label, reason: "未找到金额单位（万元/元），表格金额未读取", location: locationOf(section.titleLine, section.id) });
    return u;
  };
  const read = <T>(id: TableId, reader: (section: TableSection, unit: MoneyUnit) => T): T | null => {
    const section = sections.get(id);
    if (!section) return null;
    const u = unitFor(section);
    return u ? reader(section, u) : null;
  };

  const overview = read("01", parseOverviewTable);
  const fiscal = read("04", parseFiscalOverview);
  const gpb = read("05", (s, u) => parseCodeTable(s, GPB_COLUMNS, u));
  const income01 = (key: string): Decimal | null | undefined => overview?.income.find((f) => f.key === key)?.amount;

  const expenditure = read("03", (s, u) => {
    const tol = tolerance(u, 1);
    return parseCodeTable(s, EXPENDITURE_COLUMNS, u, {
      allowed: (key) => key !== "operating" || !overview || nonZero(income01("operating")),
      check: (row: RowInput, cells: Cells, columns: ReadonlyArray<Column>) => {
        const same = rowByCode(gpb, row.code);
        if (!same) return true;
        return (["basic", "project"] as const).every((key) => {
          const floor = same.values[key] ?? new Decimal(0);
          return (cellOf(cells, columns, key) ?? new Decimal(0)).gte(floor.minus(tol.times(2)));
        });
      },
    });
  });

  const noOtherFunds =
    fiscal !== null
      ? !nonZero(fiscal.incomeByFund.governmentFund?.amount) && !nonZero(fiscal.incomeByFund.stateCapital?.amount)
      : overview !== null && !nonZero(income01("governmentFund")) && !nonZero(income01("stateCapital"));
  const income = read("02", (s, u) => {
    const tol = tolerance(u, 1).times(2);
    const fiscalIncome01 = overview
      ? [income01("generalBudget"), income01("governmentFund"), income01("stateCapital")].reduce<Decimal | null>(
          (sum, v) => (v ? (sum ?? new Decimal(0)).plus(v) : sum),
          null,
        )
      : undefined;
    const from01: Record<string, Decimal | null | undefined> = {
      fiscal: fiscalIncome01,
      superior: income01("superior"),
      business: income01("business"),
      operating: income01("operating"),
      subsidiary: income01("subsidiary"),
      other: income01("other"),
    };
    return parseCodeTable(s, INCOME_COLUMNS, u, {
      allowed: (key) => key === "total" || !overview || nonZero(from01[key]),
      check: (row: RowInput, cells: Cells, columns: ReadonlyArray<Column>) => {
        if (row.code === null && overview) {
          return Object.entries(from01).every(
            ([key, value]) => !columns.some((c) => c.key === key) || near(cellOf(cells, columns, key), value ?? null, tol),
          );
        }
        if (!gpb || !noOtherFunds || row.code === null) return true;
        return near(cellOf(cells, columns, "fiscal"), rowByCode(gpb, row.code)?.values.total ?? null, tol);
      },
    });
  });

  const result: StandardTables = {
    found: [...sections.keys()].sort(),
    unit,
    overview,
    income,
    expenditure,
    fiscal,
    gpb,
    economic: read("06", parseEconomicTable),
    governmentFund: read("07", parseFundTable),
    stateCapital: read("08", parseFundTable),
    sangong: read("09", parseSangongTable),
    unread,
  };
  for (const part of [overview, income, expenditure, fiscal, gpb, result.economic, result.governmentFund, result.stateCapital, result.sangong]) {
    if (part) unread.push(...part.unread);
  }
  return result;
}
