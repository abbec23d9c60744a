import "server-only";
import { Prisma } from "../../generated/prisma/client";

/**
 * The department a report counts under across the city views: a department merged into another (机构改革) counts
 * under its target, so its history lines up with the merged department and no total counts a unit twice.
 */
export function effectiveDepartmentSql(departmentAlias = "d"): Prisma.Sql {
  const d = Prisma.raw(`"${departmentAlias}"`);
  return Prisma.sql`COALESCE(${d}."mergedIntoId", ${d}.id)`;
}

/** Comma-joined ids from `string_agg` → numbers (driver adapters differ in how they return int arrays). */
export function splitIds(joined: string | null): number[] {
  return joined === null || joined === "" ? [] : joined.split(",").map(Number);
}
