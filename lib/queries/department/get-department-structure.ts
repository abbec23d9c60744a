import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getPrisma } from "../../db/client";
import type { Viewer } from "../../auth/viewer";
import type { StructureDto } from "../../charts/dto";
import type { FunctionLevel } from "../../parsers/contract";
import { reportFor, type ResolvedReport } from "./resolve-report";
import { sourceRef, type ReportHead, type ReportRef, type SourceRef, type Yuan } from "./types";

/** A 类/款/项 row of 公开03表 with its 基本/项目 split. */
export interface StructureRow {
  code: string;
  name: string;
  level: FunctionLevel;
  total: Yuan | null;
  basic: Yuan | null;
  project: Yuan | null;
  page: number | null;
  /** Whether the report prints rows below this one (a slice that can be drilled). */
  hasChildren: boolean;
}

export interface DepartmentStructure {
  report: ReportHead;
  /** Breadcrumb from the top (all 类) down to the drilled code. */
  path: Array<{ code: string; name: string }>;
  /** The drilled node itself (null at the top). */
  node: StructureRow | null;
  rows: StructureRow[];
  chart: StructureDto;
  source: SourceRef;
}

/** Drillable codes: 类 (3 digits) and 款 (5 digits); a 项 has no children. */
export const DRILL_CODE = /^\d{3}(\d{2})?$/;

interface LineRow {
  code: string;
  name: string;
  level: string;
  total: string | null;
  basic: string | null;
  project: string | null;
  page: number | null;
}

const childLength = (code: string | null) => (code === null ? 3 : code.length + 2);

/**
 * Expenditure structure by functional class (公开03表) for one report: the children of `code` (all 类 when null),
 * the breadcrumb to it and its own row. null when the report is not visible or the code is not in the report.
 */
export async function getDepartmentStructure(
  viewer: Viewer,
  ref: ReportRef,
  code: string | null,
  resolved?: ResolvedReport | null,
): Promise<DepartmentStructure | null> {
  if (code !== null && !DRILL_CODE.test(code)) return null;
  const report = (await reportFor(viewer, ref, resolved))?.head ?? null;
  if (report === null) return null;
  const prisma = await getPrisma();
  const prefix = code ?? "";
  const classFilter = code === null ? Prisma.empty : Prisma.sql` AND "classCode" = ${code.slice(0, 3)}`;
  const lines = await prisma.$queryRaw<LineRow[]>`
    SELECT code, name, level, total::text, basic::text, project::text, page
    FROM "FunctionLine" WHERE "reportId" = ${report.id} AND "table" = 'expenditure'${classFilter}
    ORDER BY line NULLS LAST, code`;
  const codes = new Set(lines.map((l) => l.code));
  const toRow = (l: LineRow): StructureRow => ({
    code: l.code, name: l.name, level: l.level as FunctionLevel, total: l.total, basic: l.basic, project: l.project,
    page: l.page,
    hasChildren: l.code.length < 7 && [...codes].some((c) => c.length === l.code.length + 2 && c.startsWith(l.code)),
  });
  const own = code === null ? undefined : lines.find((l) => l.code === code);
  if (code !== null && own === undefined) return null;
  const rows = lines.filter((l) => l.code.length === childLength(code) && l.code.startsWith(prefix)).map(toRow);
  const path = lines
    .filter((l) => code !== null && l.code.length < code.length + 1 && code.startsWith(l.code))
    .sort((a, b) => a.code.length - b.code.length)
    .map((l) => ({ code: l.code, name: l.name }));
  const node = own === undefined ? null : toRow(own);
  return {
    report,
    path,
    node,
    rows,
    chart: {
      parent: node === null ? null : { code: node.code, name: node.name },
      nodes: rows.map((r) => ({ code: r.code, name: r.name, level: r.level, amount: r.total })),
    },
    source: sourceRef(report, "公开03表", rows[0]?.page ?? node?.page ?? null),
  };
}
