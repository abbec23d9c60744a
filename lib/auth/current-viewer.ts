import { LOCAL_VIEWER, type Viewer } from "./viewer";

/** The viewer of the current request (server components and route handlers). */
export async function currentViewer(): Promise<Viewer> {
  return LOCAL_VIEWER;
}
