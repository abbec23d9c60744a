import { assembleReport, emptyNarrativeFacts, emptyPerformanceFacts } from "@/lib/parsers/assemble";
import type { ParsedReport } from "@/lib/parsers/contract";
import type { SourceDoc } from "@/lib/parsers/document";
import { readMetadata } from "@/lib/parsers/metadata";
import { readStandardTables } from "@/lib/parsers/tables/read-tables";
import { readTextDocument } from "@/lib/parsers/text/read-text";

/** The table part of a report alone (no narrative), fast enough for many layout variants. */
export function tablesOf(doc: SourceDoc): ParsedReport {
  return assembleReport({
    format: doc.format,
    pageCount: doc.pageCount,
    metadata: readMetadata(doc),
    tables: readStandardTables(doc),
    narrative: emptyNarrativeFacts(),
    performance: emptyPerformanceFacts(),
  });
}

export function tablesOfText(text: string): ParsedReport {
  return tablesOf(readTextDocument(text));
}

/** Table figures without where they were printed, so layouts that move lines compare equal. */
export function figures(report: ParsedReport): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== "location" && key !== "narrativeLocation")
          .map(([key, v]) => [key, strip(v)]),
      );
    }
    return value;
  };
  const { totals, incomeBySource, expenditureByClass, incomeByFunction, expenditureByFunction, fiscalAppropriation } = report;
  const { gpbExpenditureByFunction, economic, governmentFundTable, stateCapitalTable, sangong } = report;
  return strip({
    totals,
    incomeBySource,
    expenditureByClass,
    incomeByFunction,
    expenditureByFunction,
    fiscalAppropriation,
    gpbExpenditureByFunction,
    economic,
    governmentFundTable,
    stateCapitalTable,
    sangong: { budget: sangong.budget, actual: sangong.actual },
  });
}
