import { perObject } from "./per-object";

/**
 * A value as one JSON string, typed by what it holds. Handed to a client component instead of the value itself: React
 * copies a string into the page's flight data as it is, where an object is walked value by value on every request
 * (the overview's 1,000-department rate list was a fifth of its render). A shared result (the frozen answers of
 * lib/queries/page-data-cache.ts) is packed once for every page and API answer that shows it.
 */
export type Packed<T> = string & { readonly __packedOf?: T };

export const pack = perObject((value: object) => JSON.stringify(value)) as <T extends object>(value: T) => Packed<T>;

export function unpack<T>(packed: Packed<T>): T {
  return JSON.parse(packed) as T;
}
