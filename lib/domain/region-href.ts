/**
 * The region part of a cross-department view's URL: `?region=CODE` (`none` = 未归属地区) and `&sub=1` (含下辖区县). Every
 * in-page link of a cross view (rankings, heatmap cells, 需关注, compare, department links and back) goes through
 * withRegion, so following a link never silently changes the region a page is computed in. Pure.
 */
export interface RegionRef {
  /** null = 未归属地区. */
  code: string | null;
  sub: boolean;
}

/**
 * `?region=all`: every region at once — only for the department list (/departments, /api/departments), which is a
 * register, not a total; cross views have no such choice (a total is always of one region).
 */
export const ALL_REGIONS = "all";

/** `region=9901&sub=1` */
export function regionQuery(ref: RegionRef): string {
  const params = new URLSearchParams({ region: ref.code ?? "none" });
  if (ref.sub) params.set("sub", "1");
  return params.toString();
}

/** `href` with the region's parameters added (replacing any it had), before a `#fragment`; unchanged for `null`. */
export function withRegion(href: string, ref: RegionRef | null | undefined): string {
  if (ref === null || ref === undefined) return href;
  const hashAt = href.indexOf("#");
  const [path, hash] = hashAt < 0 ? [href, ""] : [href.slice(0, hashAt), href.slice(hashAt)];
  const queryAt = path.indexOf("?");
  // The common case (a bare path, once per row of a 1,000-department page): nothing to parse or replace.
  if (queryAt < 0) return `${path}?${regionQuery(ref)}${hash}`;
  const params = new URLSearchParams(queryAt < 0 ? "" : path.slice(queryAt + 1));
  params.delete("region");
  params.delete("sub");
  for (const [key, value] of new URLSearchParams(regionQuery(ref))) params.append(key, value);
  return `${path.slice(0, queryAt)}?${params.toString()}${hash}`;
}

/**
 * The region a page's own URL names (`?region=&sub=`), or null when it names none — for pages that are not computed in
 * a region (a department's page) but pass the choice on in their links.
 */
export function regionRefFromParams(params: { region?: string | string[]; sub?: string | string[] }): RegionRef | null {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
  const region = first(params.region);
  if (region === undefined) return null;
  return { code: region === "none" ? null : region, sub: ["1", "true"].includes(first(params.sub) ?? "") };
}
