import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { displayDepartmentName, normalizeDepartmentName } from "./normalize-name";
import { ensureRegionRows, regionForName } from "./region-catalog";

type Tx = Prisma.TransactionClient;

const INSTITUTION = /(中心|研究院|院|研究所|所|站|馆|学校|校|中学|小学|大学|幼儿园|医院|队|台)$/;
const ADMINISTRATIVE = /(局|委员会|委|办公室|办|部|厅|政府|会|署|院)$/;

/** 行政 or 事业 from the name's ending when it is unambiguous; null otherwise (never guessed further). */
export function inferKind(name: string): "行政" | "事业" | null {
  if (/(法院|检察院)$/.test(name)) return "行政";
  if (INSTITUTION.test(name)) return "事业";
  if (ADMINISTRATIVE.test(name)) return "行政";
  return null;
}

const MATCHED = { id: true, name: true, normalizedName: true, regionCode: true } as const;

/** One query for both ways a name can match; the department's own name wins over another's alias. */
async function matchDepartment(tx: Tx, printedName: string) {
  const normalizedName = normalizeDepartmentName(printedName);
  const found = await tx.department.findMany({
    where: { OR: [{ normalizedName }, { aliases: { some: { normalizedName } } }] },
    select: MATCHED,
  });
  return found.find((d) => d.normalizedName === normalizedName) ?? found[0] ?? null;
}

/**
 * Existing department by normalised name or alias, or null. Merges are not followed: a merged department keeps its own
 * earlier reports (views combine them through DepartmentEvent), whereas a rename is an alias of the same department.
 */
export async function findDepartment(tx: Tx, printedName: string): Promise<{ id: number; name: string } | null> {
  const dept = await matchDepartment(tx, printedName);
  return dept && { id: dept.id, name: dept.name };
}

/**
 * The region of a department being stored: the one given (the user in the preview, or the document), else the one its
 * full name implies, else null. An explicit code must be a GB/T 2260 code of the catalogue.
 */
async function regionFor(tx: Tx, name: string, explicitCode: string | null | undefined): Promise<string | null> {
  if (explicitCode) {
    await ensureRegionRows(tx, explicitCode);
    return explicitCode;
  }
  return regionForName(tx, name);
}

export async function findOrCreateDepartment(
  tx: Tx,
  printedName: string,
  year: number,
  isDemo: boolean,
  regionCode?: string | null,
): Promise<{ id: number; name: string; created: boolean }> {
  const dept = await matchDepartment(tx, printedName);
  if (dept) {
    // A stored region is kept (an admin may have corrected it); an unknown one is filled in when this import says it.
    const region = dept.regionCode ?? (await regionFor(tx, printedName, regionCode));
    // Years and region are worked out by the UPDATE from the row as it then is: another import of this department may
    // have widened the years or placed it since the read above (this statement waits for it to commit). Written even
    // when nothing changes: the row lock makes a later import of the department wait before numbering its version.
    await tx.$executeRaw`UPDATE "Department" SET
      "firstYear" = LEAST(COALESCE("firstYear", ${year}::int4), ${year}::int4),
      "lastYear" = GREATEST(COALESCE("lastYear", ${year}::int4), ${year}::int4),
      "regionCode" = COALESCE("regionCode", ${region}::text)
      WHERE "id" = ${dept.id}::int4`;
    return { id: dept.id, name: dept.name, created: false };
  }
  const name = displayDepartmentName(printedName);
  const created = await tx.department.create({
    data: {
      name, normalizedName: normalizeDepartmentName(printedName), kind: inferKind(name), firstYear: year, lastYear: year, isDemo,
      regionCode: await regionFor(tx, printedName, regionCode),
    },
  });
  return { id: created.id, name: created.name, created: true };
}
