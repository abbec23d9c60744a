import "server-only";
import { getPrisma } from "../../db/client";
import { canSeeDepartment, type Viewer } from "../../auth/viewer";
import { NO_REGION } from "./region-scope";

/** A department's region code (`none` when unknown): a department briefing places it among its own region's departments. */
export async function getDepartmentRegionCode(viewer: Viewer, departmentId: number): Promise<string> {
  if (!canSeeDepartment(viewer, departmentId)) return NO_REGION;
  const prisma = await getPrisma();
  const dept = await prisma.department.findUnique({ where: { id: departmentId }, select: { regionCode: true } });
  return dept?.regionCode ?? NO_REGION;
}
