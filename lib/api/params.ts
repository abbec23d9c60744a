import { z } from "zod";

/**
 * Shared zod pieces for route input. Database ids are PostgreSQL `integer`: a number past int32 is bad input (400 in
 * a query, 404 in a path), never a driver error.
 */
export const MAX_DB_ID = 2_147_483_647;

export const dbId = z.coerce.number().int().positive().max(MAX_DB_ID);
export const year = z.coerce.number().int().min(1990).max(2100);
/** A year as the pages take it (a string), checked to be four digits. */
export const yearText = z.string().regex(/^\d{4}$/, "应为四位年份");

/** `{ id }` of a `[id]` route segment. */
export const IdParams = z.object({ id: dbId });

export function isDbId(value: number): boolean {
  return Number.isInteger(value) && value > 0 && value <= MAX_DB_ID;
}
