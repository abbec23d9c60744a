import "server-only";
import type { Viewer } from "../../auth/viewer";
import { getSharedDepartmentProfile } from "./get-department-profile";

/**
 * Whether the department exists and is in the viewer's scope (the page's 404 decision, made before streaming). It reads
 * the shared profile, which the page's view then takes from the cache: no statement of its own.
 */
export async function isDepartmentVisible(viewer: Viewer, departmentId: number): Promise<boolean> {
  return (await getSharedDepartmentProfile(viewer, departmentId)) !== null;
}
