/** Excel's own limits on worksheet names: ≤ 31 characters, none of []:*?/\, no edge apostrophes, unique ignoring case. */
const MAX_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;
/** Excel reserves this name for its change-tracking sheet. */
const RESERVED = "history";

function clean(name: string): string {
  const cleaned = name
    .replace(FORBIDDEN, "_")
    .replace(/[\u0000-\u001f]/g, "")
    .trim()
    .replace(/^'+|'+$/g, "");
  return cleaned === "" ? "Sheet" : cleaned;
}

/** Sheet names for the given titles, in order: sanitised, truncated, then de-duplicated with "(2)", "(3)" …. */
export function uniqueSheetNames(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title) => {
    const base = clean(title);
    let candidate = Array.from(base).slice(0, MAX_LENGTH).join("");
    for (let n = 2; taken.has(candidate.toLowerCase()) || candidate.toLowerCase() === RESERVED; n += 1) {
      const suffix = `(${n})`;
      candidate = Array.from(base).slice(0, MAX_LENGTH - suffix.length).join("") + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
