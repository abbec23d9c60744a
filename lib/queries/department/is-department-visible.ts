import "server-only";
import { getPrisma } from "../../db/client";
import { canSeeDepartment, type Viewer } from "../../auth/viewer";

/** Whether the department exists and is in the viewer's scope (the page's 404 decision, made before streaming). */
export async function isDepartmentVisible(viewer: Viewer, departmentId: number): Promise<boolean> {
  if (!canSeeDepartment(viewer, departmentId)) return false;
  const prisma = await getPrisma();
  return (await prisma.department.count({ where: { id: departmentId } })) > 0;
}
