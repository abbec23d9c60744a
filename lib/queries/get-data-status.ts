import { getPrisma } from "../db/client";

export interface DataStatus {
  departments: number;
  reports: number;
  years: number[];
  demoReports: number;
}

/** What the database holds, for empty states and the data-source line of every page. */
export async function getDataStatus(): Promise<DataStatus> {
  const prisma = await getPrisma();
  const [departments, reports, demoReports, years] = await Promise.all([
    prisma.department.count({ where: { mergedIntoId: null } }),
    prisma.report.count({ where: { currentKey: { not: null } } }),
    prisma.report.count({ where: { currentKey: { not: null }, isDemo: true } }),
    prisma.report.findMany({ where: { currentKey: { not: null } }, distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } }),
  ]);
  return { departments, reports, demoReports, years: years.map((r) => r.year) };
}
