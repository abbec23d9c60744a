/** A column value: text, number, boolean or SQL NULL. */
export type Cell = string | number | boolean | null;

/**
 * PostgreSQL array literal ('{"a","b",NULL}') for one column, so a whole column is one bind parameter cast to
 * `type[]` on both PostgreSQL and PGlite (driver adapters differ in how they bind JS arrays).
 */
export function pgArray(values: ReadonlyArray<Cell>): string {
  const items = values.map((v) => {
    if (v === null) return "NULL";
    const text = typeof v === "boolean" ? (v ? "t" : "f") : String(v);
    return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(",")}}`;
}
