import type { ExpenditureLine, FunctionLevel, GpbExpenditureLine, ParsedReport, SangongItems } from "@/lib/parsers/contract";
import { gpbOf, printedView } from "./printed-view";
import { sangongTotal } from "./report-figures";
import type { DemoReport, DemoSangongFigures } from "./types";
import { pct, trimPct, yuanAmount, type WanCents } from "./units";

type Stripped<T> = Omit<T, "location" | "narrativeLocation">;

/** The subset of ParsedReport a parser should read from a demo report, figures exactly as printed (mistakes included). */
export interface ExpectedParsed {
  department: string;
  year: number;
  sourceUnit: "万元";
  totals: Pick<ParsedReport["totals"], "income" | "expenditure" | "fiscalAppropriationIncome" | "basicExpenditure" | "projectExpenditure">;
  expenditureByFunction: Array<Stripped<ExpenditureLine>>;
  gpbExpenditureByFunction: Array<Pick<GpbExpenditureLine, "code" | "name" | "level" | "total" | "basic" | "project" | "budgetInitial" | "statedRatePct">>;
  gpbBudgetInitialTotal: string;
  sangong: { budget: SangongItems; actual: SangongItems; counts: ParsedReport["sangong"]["counts"] };
  /** Lines with a printed amount only: blank cells of table 06 carry no figure. */
  economic: { personnel: string; publicUse: string; lines: Array<Omit<ParsedReport["economic"]["lines"][number], "location">> };
  operatingExpenses: string;
  procurementTotal: string;
  performance: {
    overall: { budget: string; actual: string; ratePct: string };
    projects: Array<{ name: string; budget: string; actual: string; ratePct: string }>;
  };
}

/** Blank table cells read as null: the parser must not invent a 0 the page does not print. */
const blankable = (value: WanCents): string | null => (value === 0 ? null : yuanAmount(value));

function sangongItems(f: DemoSangongFigures): SangongItems {
  return {
    total: yuanAmount(sangongTotal(f)),
    outbound: yuanAmount(f.outbound),
    vehicleSubtotal: yuanAmount(f.vehiclePurchase + f.vehicleOperation),
    vehiclePurchase: yuanAmount(f.vehiclePurchase),
    vehicleOperation: yuanAmount(f.vehicleOperation),
    reception: yuanAmount(f.reception),
  };
}

export function expectedParsed(report: DemoReport): ExpectedParsed {
  const view = printedView(report);
  const t = view.totals;
  const { sangong: s } = report;
  const procurement = report.procurement.goods + report.procurement.works + report.procurement.services;
  return {
    department: report.department,
    year: report.year,
    sourceUnit: "万元",
    totals: {
      income: yuanAmount(t.income),
      expenditure: yuanAmount(t.total),
      fiscalAppropriationIncome: yuanAmount(t.gpbIncome),
      basicExpenditure: yuanAmount(t.basic),
      projectExpenditure: yuanAmount(t.project),
    },
    expenditureByFunction: view.rows03.map((r) => ({
      code: r.code,
      name: r.name,
      level: r.level as FunctionLevel,
      total: yuanAmount(r.total),
      basic: blankable(r.basic),
      project: blankable(r.project),
    })),
    gpbExpenditureByFunction: view.gpbRows.map((r) => {
      const item = r.level === "项" ? report.items.find((i) => i.code === r.code && gpbOf(i) > 0) : undefined;
      const stated = item === undefined ? null : view.completionPct(item);
      return {
        code: r.code,
        name: r.name,
        level: r.level as FunctionLevel,
        total: yuanAmount(r.gpbTotal),
        basic: blankable(r.gpbBasic),
        project: blankable(r.gpbProject),
        budgetInitial: item === undefined ? null : yuanAmount(item.budgetInitial),
        statedRatePct: stated === null ? null : trimPct(stated),
      };
    }),
    gpbBudgetInitialTotal: yuanAmount(t.budgetInitial),
    sangong: {
      budget: sangongItems(s.budget),
      actual: sangongItems(s.actual),
      counts: {
        outboundGroups: s.outboundGroups,
        outboundPeople: s.outboundPeople,
        vehiclesPurchased: s.vehiclesPurchased,
        vehicleCount: s.vehicleCount,
        receptionBatches: s.receptionBatches,
        receptionPeople: s.receptionPeople,
      },
    },
    economic: {
      personnel: yuanAmount(t.personnel),
      publicUse: yuanAmount(t.publicUse),
      lines: report.economic
        .filter((l) => l.amount !== 0)
        .map((l) => ({ code: l.code, name: l.name, category: l.category, amount: yuanAmount(l.amount) })),
    },
    operatingExpenses: yuanAmount(report.operatingExpenses),
    procurementTotal: yuanAmount(procurement),
    performance: {
      overall: { budget: yuanAmount(report.overallBudget), actual: yuanAmount(t.total), ratePct: trimPct(pct(t.total, report.overallBudget) ?? "0") },
      projects: report.projects.map((p) => ({
        name: p.name,
        budget: yuanAmount(p.budget),
        actual: yuanAmount(p.actual),
        ratePct: trimPct(pct(p.actual, p.budget) ?? "0"),
      })),
    },
  };
}
