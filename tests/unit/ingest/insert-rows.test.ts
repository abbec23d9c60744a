import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import { pgArray } from "@/lib/db/pg-array";
import type { Prisma } from "@/lib/generated/prisma/client";
import { executeInserts, insertStatement } from "@/lib/ingest/insert-rows";

interface Row {
  name: string;
  amount: string | Decimal | null;
  page?: number | null;
  at?: Date;
  details?: { note: string };
}
const COLUMNS = { name: "text", amount: "numeric", page: "int4", at: "timestamp", details: "jsonb" } as const;

describe("insertStatement", () => {
  test("no rows, no statement", () => {
    expect(insertStatement<Row>("Thing", COLUMNS, [])).toBeNull();
  });

  test("one typed array parameter per column, the parent id first", () => {
    const sql = insertStatement<Row>("Thing", COLUMNS, [{ name: "a", amount: "1.50" }, { name: "b", amount: null }], { column: "reportId", id: 7 })!;
    expect(sql.sql.replace(/\s+/g, " ")).toBe(
      'INSERT INTO "Thing" ("reportId", "name", "amount", "page", "at", "details") SELECT ?::int4, * FROM unnest(?::text[],?::numeric[],?::int4[],?::timestamp[],?::jsonb[])',
    );
    expect(sql.values).toEqual([7, '{"a","b"}', '{"1.50",NULL}', "{NULL,NULL}", "{NULL,NULL}", "{NULL,NULL}"]);
  });

  test.each([
    ["a Decimal in plain notation, never exponent", { name: "x", amount: new Decimal("1e-7") }, 1, '{"0.0000001"}'],
    ["a time as its UTC wall time", { name: "x", amount: null, at: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)) }, 3, '{"2024-01-02T03:04:05.006Z"}'],
    ["JSON as text", { name: "x", amount: null, details: { note: '说"明"' } }, 4, `{${JSON.stringify(JSON.stringify({ note: '说"明"' }))}}`],
    ["quotes and backslashes escaped", { name: 'a"b\\c', amount: null }, 0, '{"a\\"b\\\\c"}'],
  ])("%s", (_label, row, index, literal) => {
    const sql = insertStatement<Row>("Thing", COLUMNS, [row])!;
    expect(sql.values[index]).toBe(literal);
  });
});

test("executeInserts: several inserts become one statement of data-modifying CTEs; none, no statement", async () => {
  const sent: Prisma.Sql[] = [];
  const tx = { $executeRaw: async (sql: Prisma.Sql) => sent.push(sql) } as unknown as Prisma.TransactionClient;
  const one = insertStatement<Row>("A", COLUMNS, [{ name: "a", amount: null }]);
  const two = insertStatement<Row>("B", COLUMNS, [{ name: "b", amount: null }]);
  await executeInserts(tx, [null, null]);
  expect(sent).toHaveLength(0);
  await executeInserts(tx, [one, null, two]);
  expect(sent).toHaveLength(1);
  expect(sent[0]!.sql.replace(/\s+/g, " ")).toMatch(/^WITH i0 AS \(INSERT INTO "A" .*\) INSERT INTO "B" /);
  expect(sent[0]!.values).toHaveLength(10);
});

test("pgArray: NULL unquoted, every value quoted", () => {
  expect(pgArray([null, "NULL", 3, true])).toBe('{NULL,"NULL","3","t"}');
});
