/**
 * Who is looking, and which departments they may see. Every query in lib/queries takes a Viewer and filters by
 * `departmentIds` itself, so a department-scoped user cannot read another department through pages, API or exports:
 * enforcement lives in the data layer, not in hidden UI.
 */
export type Role = "admin" | "analyst" | "viewer";

export interface Viewer {
  userId: number | null;
  name: string;
  role: Role;
  /** null = every department; otherwise only these. */
  departmentIds: number[] | null;
  /** Regions the user is scoped to (their departments are already in departmentIds); the first is their home region. */
  regionCodes?: string[];
}

/** Anonymous read-only access in `demo` and `public-read` mode. */
export const GUEST_VIEWER: Viewer = { userId: null, name: "访客（只读）", role: "viewer", departmentIds: null };

/** The local operator of an installation with login switched off. */
export const LOCAL_VIEWER: Viewer = { userId: null, name: "本地用户", role: "admin", departmentIds: null };

export function canSeeDepartment(viewer: Viewer, departmentId: number): boolean {
  return viewer.departmentIds === null || viewer.departmentIds.includes(departmentId);
}
