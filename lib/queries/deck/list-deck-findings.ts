import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import type { RegionViewer } from "../region/region-scope";
import { countedReportsSql } from "../scope-sql";

/** A 审核 finding as the closing slide lists it: severity, the department it concerns and the message. */
export interface DeckFindingRow {
  severity: "error" | "warning" | "info";
  department: string;
  message: string;
  page: number | null;
}

export interface DeckFindingsOptions {
  year: number;
  /** Only these departments (report departmentId); every visible department when absent. */
  departmentIds?: number[];
  /** Errors first, then warnings, then notes; the slide shows the first ones and counts the rest. */
  limit?: number;
}

export interface DeckFindings {
  rows: DeckFindingRow[];
  /** All findings matching, before the limit. */
  total: number;
}

interface Row {
  severity: string;
  department: string;
  message: string;
  page: number | null;
  total: bigint | number;
}

const SEVERITIES = new Set(["error", "warning", "info"]);

/** 审核 findings of the current reports of a year within the viewer's scope, most severe first. */
export async function listDeckFindings(viewer: RegionViewer, options: DeckFindingsOptions): Promise<DeckFindings> {
  if (options.departmentIds?.length === 0) return { rows: [], total: 0 };
  const prisma = await getPrisma();
  const only = options.departmentIds === undefined ? Prisma.empty : Prisma.sql` AND r."departmentId" IN (${Prisma.join(options.departmentIds)})`;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT f.severity, d.name AS department, f.message, f.page, COUNT(*) OVER () AS total
    FROM "Finding" f
    JOIN "Report" r ON r.id = f."reportId"
    JOIN "Department" d ON d.id = r."departmentId"
    WHERE ${countedReportsSql(viewer, "r")} AND r.year = ${options.year}${only}
    ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, d.name, f.id
    LIMIT ${options.limit ?? 50}`;
  return {
    rows: rows.map((row) => ({
      severity: (SEVERITIES.has(row.severity) ? row.severity : "info") as DeckFindingRow["severity"],
      department: row.department,
      message: row.message,
      page: row.page,
    })),
    total: Number(rows[0]?.total ?? 0),
  };
}
