import "server-only";
import { getPrisma } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { departmentScopeWhere } from "./scope-sql";

/** Years that have at least one current report the viewer may see, newest first. */
export async function listYears(viewer: Viewer): Promise<number[]> {
  const prisma = await getPrisma();
  const rows = await prisma.report.findMany({
    where: { currentKey: { not: null }, ...departmentScopeWhere(viewer) },
    distinct: ["year"],
    select: { year: true },
    orderBy: { year: "desc" },
  });
  return rows.map((r) => r.year);
}

/** `?year=` when it has data, else the latest year with data, else null. */
export function pickYear(requested: string | string[] | undefined, years: number[]): number | null {
  const wanted = Number(Array.isArray(requested) ? requested[0] : requested);
  if (Number.isInteger(wanted) && years.includes(wanted)) return wanted;
  return years[0] ?? null;
}
