import "server-only";

/**
 * A view of one year (or range) that must be one of the stored years: the years asked for in the URL are read beside
 * the list of years instead of after it. When the list holds them (every link between pages names its year) the view
 * costs one round of statements instead of two; otherwise what was read ahead is dropped and the chosen years are read,
 * so the answer is the same either way.
 */
export function readAhead<K, T>(
  yearsRead: Promise<number[]>,
  asked: K | null,
  choose: (years: number[]) => K | null,
  read: (key: K) => Promise<T>,
  same: (a: K, b: K) => boolean,
): Promise<{ years: number[]; value: T | null }> {
  // It reads nothing itself (the viewer's scope is in `yearsRead` and `read`).
  const ahead = asked === null ? null : read(asked);
  // Dropped when the years do not hold it: its failure then concerns nobody (awaited, it still throws).
  ahead?.catch(() => undefined);
  return yearsRead.then(async (years) => {
    const key = choose(years);
    if (key === null) return { years, value: null };
    return { years, value: await (ahead !== null && asked !== null && same(asked, key) ? ahead : read(key)) };
  });
}

/** `?year=` as an integer, or null: what readAhead reads ahead for a one-year view. */
export function askedYear(raw: string | string[] | undefined): number | null {
  const wanted = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : null;
}
