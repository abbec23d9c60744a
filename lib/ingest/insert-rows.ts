import "server-only";
import { Prisma } from "../generated/prisma/client";
import { pgArray, type Cell } from "../db/pg-array";

type Tx = Prisma.TransactionClient;

export type PgType = "text" | "int4" | "numeric" | "bool" | "jsonb";

/** Every column of a row type with its PostgreSQL type: a column added to the row and not here does not compile. */
export type Columns<Row> = { readonly [K in keyof Row]-?: PgType };

/** The owning row's id, written into every row (reportId, projectId). */
export interface Parent {
  column: string;
  id: number;
}

function cell(value: unknown, type: PgType): Cell {
  if (value === null || value === undefined) return null;
  if (type === "jsonb") return JSON.stringify(value);
  // Decimal and DecimalJsLike: toFixed() never switches to exponent notation, unlike toString().
  if (typeof value === "object" && "toFixed" in value && typeof value.toFixed === "function") return String(value.toFixed());
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  throw new Error(`insertRows: unsupported value ${typeof value}`);
}

function statement<Row extends object>(table: string, columns: Columns<Row>, rows: readonly Row[], parent: Parent | undefined): Prisma.Sql {
  const entries = Object.entries(columns) as Array<[keyof Row & string, PgType]>;
  const names = [...(parent ? [parent.column] : []), ...entries.map(([name]) => name)];
  const arrays = entries.map(([name, type]) => Prisma.sql`${pgArray(rows.map((row) => cell(row[name], type)))}::${Prisma.raw(type)}[]`);
  const head = parent ? Prisma.sql`${parent.id}::int4, ` : Prisma.empty;
  // Identifiers come from the column maps in this module's callers, never from input.
  return Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}"`)} (${Prisma.raw(names.map((n) => `"${n}"`).join(", "))})
    SELECT ${head}* FROM unnest(${Prisma.join(arrays)})`;
}

/**
 * Inserts all rows in ONE statement (`INSERT … SELECT * FROM unnest($1::text[], $2::numeric[], …)`), one array
 * parameter per column whatever the row count: Prisma's createMany compiles a plan holding every value, which cost
 * more than the database's own work on an import.
 */
export async function insertRows<Row extends object>(tx: Tx, table: string, columns: Columns<Row>, rows: readonly Row[], parent?: Parent): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw(statement(table, columns, rows, parent));
}

/** insertRows for one row, returning its id. */
export async function insertRow<Row extends object>(tx: Tx, table: string, columns: Columns<Row>, row: Row): Promise<number> {
  const inserted = await tx.$queryRaw<Array<{ id: number }>>(Prisma.sql`${statement(table, columns, [row], undefined)} RETURNING id`);
  return inserted[0]!.id;
}

/** `count` fresh ids of a table's serial, in order: children can name their parent before either is written. */
export async function reserveIds(tx: Tx, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await tx.$queryRaw<Array<{ id: number }>>`SELECT nextval(pg_get_serial_sequence(${`"${table}"`}, 'id'))::int4 AS id FROM generate_series(1, ${count}::int4)`;
  return rows.map((r) => r.id);
}
