/**
 * Roughly the bytes `value` holds, counted as the length of its JSON (bigints and dates as their text would be), for a
 * size-bounded cache. Frozen objects weigh nothing: in the page-data cache (lib/queries/page-data-cache.ts) an object is
 * frozen once it is kept, so a frozen part of a new result is an earlier entry's result shared by reference (the
 * compare view holds the picker's list of every department), already weighed there and not held twice.
 * A walk, not JSON.stringify: it builds no text, and the shared parts are not walked at all.
 */
export function weigh(value: unknown): number {
  switch (typeof value) {
    case "string":
      return value.length + 2;
    case "number":
    case "bigint":
      return 8;
    case "boolean":
      return 5;
    case "object":
      return value === null ? 4 : weighObject(value);
    default:
      return 0;
  }
}

function weighObject(value: object): number {
  if (Object.isFrozen(value)) return 0;
  if (value instanceof Date) return 26;
  // Brackets, and a comma after each member but the last.
  let size = 1;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) size += weigh(item) + 1;
    return Math.max(size, 2);
  }
  for (const [key, inner] of Object.entries(value)) size += key.length + 4 + weigh(inner);
  return Math.max(size, 2);
}
