import type { Viewer } from "../../auth/viewer";
import { resolveRegionViewer, type RegionViewer } from "./region-scope";

/** `?region=&sub=` of an API request: an unknown region code is a 400 (an API caller learns about a typo). */
export function regionViewerForRequest(viewer: Viewer, url: URL): Promise<RegionViewer> {
  const get = (key: string) => url.searchParams.get(key) ?? undefined;
  return resolveRegionViewer(viewer, { region: get("region"), sub: get("sub") }, { strict: true });
}
