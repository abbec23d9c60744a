import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The core aggregation of each cross-department page as one hand-written statement (no scope fragments, no DTO
 * shaping), timed beside the query functions to show their overhead.
 */
export const RAW_SQL: Record<string, (prisma: PrismaClient, year: number, ids: string) => Promise<unknown>> = {
  overview: (prisma, year) => prisma.$queryRaw`
    SELECT COALESCE(d."mergedIntoId", d.id) AS dept, r.year, SUM(r."expenditureTotal")::text, SUM(s.actual)::text,
           SUM(x.budget)::text, SUM(x.actual)::text
    FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
    LEFT JOIN "SangongItem" s ON s."reportId" = r.id AND s.item = 'total'
    LEFT JOIN (SELECT "reportId", SUM("budgetInitial") budget, SUM(total) actual FROM "FunctionLine"
               WHERE "table" = 'gpb' AND level = '项' GROUP BY "reportId") x ON x."reportId" = r.id
    WHERE r."currentKey" IS NOT NULL AND r.year IN (${year}, ${year - 1})
    GROUP BY 1, 2`,
  execution: (prisma, year) => prisma.$queryRaw`
    SELECT COALESCE(d."mergedIntoId", d.id) AS dept, LEFT(f.code, 3) AS code, SUM(f."budgetInitial")::text, SUM(f.total)::text
    FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId" JOIN "Department" d ON d.id = r."departmentId"
    WHERE r."currentKey" IS NOT NULL AND r.year = ${year} AND f."table" = 'gpb' AND f.level = '项'
    GROUP BY 1, 2`,
  sangong: (prisma) => prisma.$queryRaw`
    SELECT r.year, s.item, SUM(s.budget)::text, SUM(s.actual)::text
    FROM "SangongItem" s JOIN "Report" r ON r.id = s."reportId" WHERE r."currentKey" IS NOT NULL GROUP BY 1, 2`,
  compare: (prisma, year, ids) => prisma.$queryRaw`
    SELECT r."departmentId", f.code, SUM(f.total)::text
    FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId"
    WHERE r."currentKey" IS NOT NULL AND r.year = ${year} AND f."table" = 'expenditure' AND f.level = '类'
      AND r."departmentId" = ANY(string_to_array(${ids}, ',')::int[])
    GROUP BY 1, 2`,
  explore: (prisma, year) => prisma.$queryRaw`
    SELECT COALESCE(d."mergedIntoId", d.id) AS dept, SUM(f.total)::text
    FROM "FunctionLine" f JOIN "Report" r ON r.id = f."reportId" JOIN "Department" d ON d.id = r."departmentId"
    WHERE r."currentKey" IS NOT NULL AND r.year = ${year} AND f."table" = 'expenditure' AND f.code = '201'
    GROUP BY 1`,
};
