import "server-only";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import type { EconomicCategory, EconomicDto, EconomicGroup } from "../../charts/dto";
import { reportFor, type ResolvedReport } from "./resolve-report";
import { sourceRef, type ReportHead, type ReportRef, type SourceRef } from "./types";

export interface DepartmentEconomic {
  report: ReportHead;
  chart: EconomicDto;
  source: SourceRef;
}

const CATEGORY_NAMES = { personnel: "人员经费", publicUse: "公用经费" } as const;

/**
 * 基本支出 by economic classification (公开06表): 人员经费 / 公用经费 → 301/302/303/310 … → 30101 …. Blank rows of
 * the table (no amount, no amount below) are left out: they carry no figure.
 */
export async function getDepartmentEconomic(viewer: Viewer, ref: ReportRef, resolved?: ResolvedReport | null): Promise<DepartmentEconomic | null> {
  const found = await reportFor(viewer, ref, resolved);
  if (found === null) return null;
  const { head: report, totals } = found;
  const prisma = await getPrisma();
  const lines = await prisma.$queryRaw<Array<{ code: string; name: string; category: string; amount: string | null; page: number | null }>>`
    SELECT code, name, category, amount::text, page FROM "EconomicLine" WHERE "reportId" = ${report.id} ORDER BY code`;
  const categories: EconomicCategory[] = (["personnel", "publicUse"] as const).map((key) => {
    const own = lines.filter((l) => l.category === key);
    const groups: EconomicGroup[] = own
      .filter((l) => l.code.length === 3)
      .map((g) => ({
        code: g.code,
        name: g.name,
        amount: g.amount,
        items: own
          .filter((i) => i.code.length === 5 && i.code.startsWith(g.code) && i.amount !== null)
          .map((i) => ({ code: i.code, name: i.name, amount: i.amount })),
      }))
      .filter((g) => g.amount !== null || g.items.length > 0);
    const amount = key === "personnel" ? totals.personnel : totals.publicUse;
    return { key, name: CATEGORY_NAMES[key], amount, groups };
  });
  return {
    report,
    chart: { categories: categories.filter((c) => c.amount !== null || c.groups.length > 0) },
    source: sourceRef(report, "公开06表", lines.find((l) => l.page !== null)?.page ?? null),
  };
}
