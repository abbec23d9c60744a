import type { Viewer } from "../auth/viewer";
import { findRegionViewer, type RegionViewer } from "../queries/region/region-scope";
import { badRequest } from "./errors";

/** `?region=&sub=` of an API request: an unknown region code is a 400 (an API caller learns about a typo). */
export async function regionViewerForRequest(viewer: Viewer, url: URL): Promise<RegionViewer> {
  const get = (key: string) => url.searchParams.get(key) ?? undefined;
  const found = await findRegionViewer(viewer, { region: get("region"), sub: get("sub") }, true);
  if (found === null) throw badRequest(`未知的地区代码“${get("region")}”`, { region: get("region") });
  return found;
}
