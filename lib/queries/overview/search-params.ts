import { badRequest } from "../../api/errors";

/**
 * The view parameters of a route handler as the pages receive them (string | undefined), with a 400 for a
 * malformed year so an API caller learns about a typo instead of silently getting another year.
 */
export function viewParams(url: URL, keys: readonly string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of keys) {
    const value = url.searchParams.get(key) ?? undefined;
    if (value !== undefined && ["year", "from", "to"].includes(key) && !/^\d{4}$/.test(value)) {
      throw badRequest(`参数 ${key} 应为四位年份`, { [key]: value });
    }
    out[key] = value;
  }
  return out;
}
