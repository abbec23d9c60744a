import "server-only";
import { getPrisma } from "../../db/client";
import { canSeeDepartment, type Viewer } from "../../auth/viewer";
import { sharedPerScope } from "../page-data-cache";

async function loadDepartmentVisible(viewer: Viewer, departmentId: number): Promise<boolean> {
  if (!canSeeDepartment(viewer, departmentId)) return false;
  const prisma = await getPrisma();
  return (await prisma.department.count({ where: { id: departmentId } })) > 0;
}

/**
 * Whether the department exists and is in the viewer's scope (the page's 404 decision, made before streaming), kept per
 * data version and scope like the page's view: one statement less per department page.
 */
export const isDepartmentVisible = sharedPerScope("department-visible", loadDepartmentVisible);
