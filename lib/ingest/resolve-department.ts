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

/**
 * Existing department by normalised name or alias, or null. Merges are not followed: a merged department keeps its own
 * earlier reports (views combine them through DepartmentEvent), whereas a rename is an alias of the same department.
 */
export async function findDepartment(tx: Tx, printedName: string): Promise<{ id: number; name: string } | null> {
  const normalizedName = normalizeDepartmentName(printedName);
  const direct = await tx.department.findUnique({ where: { normalizedName }, select: { id: true } });
  const alias = direct ? null : await tx.departmentAlias.findUnique({ where: { normalizedName }, select: { departmentId: true } });
  const id = direct?.id ?? alias?.departmentId;
  if (id === undefined) return null;
  return tx.department.findUniqueOrThrow({ where: { id }, select: { id: true, name: true } });
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
  const found = await findDepartment(tx, printedName);
  if (found) {
    const dept = await tx.department.findUniqueOrThrow({ where: { id: found.id } });
    // A stored region is kept (an admin may have corrected it); an unknown one is filled in when this import says it.
    const region = dept.regionCode ?? (await regionFor(tx, printedName, regionCode));
    await tx.department.update({
      where: { id: found.id },
      data: {
        firstYear: Math.min(dept.firstYear ?? year, year),
        lastYear: Math.max(dept.lastYear ?? year, year),
        ...(region !== dept.regionCode ? { regionCode: region } : {}),
      },
    });
    return { ...found, created: false };
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
