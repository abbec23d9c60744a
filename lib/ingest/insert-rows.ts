import "server-only";
import { Prisma } from "../generated/prisma/client";
import { pgArray, type Cell } from "../db/pg-array";

type Tx = Prisma.TransactionClient;

export type PgType = "text" | "int4" | "numeric" | "bool" | "jsonb" | "timestamp";

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
  // The UTC wall time, as Prisma stores a DateTime in a timestamp column (the "Z" is ignored by the cast).
  if (value instanceof Date) return value.toISOString();
  // Decimal and DecimalJsLike: toFixed() never switches to exponent notation, unlike toString().
  if (typeof value === "object" && "toFixed" in value && typeof value.toFixed === "function") return String(value.toFixed());
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  throw new Error(`insertStatement: unsupported value ${typeof value}`);
}

/**
 * `INSERT … SELECT * FROM unnest($1::text[], $2::numeric[], …)`: one array parameter per column whatever the row count,
 * or null when there are no rows. Prisma's createMany compiles a plan holding every value, which cost more than the
 * database's own work on an import.
 */
export function insertStatement<Row extends object>(table: string, columns: Columns<Row>, rows: readonly Row[], parent?: Parent): Prisma.Sql | null {
  if (rows.length === 0) return null;
  const entries = Object.entries(columns) as Array<[keyof Row & string, PgType]>;
  const names = [...(parent ? [parent.column] : []), ...entries.map(([name]) => name)];
  const arrays = entries.map(([name, type]) => Prisma.sql`${pgArray(rows.map((row) => cell(row[name], type)))}::${Prisma.raw(type)}[]`);
  const head = parent ? Prisma.sql`${parent.id}::int4, ` : Prisma.empty;
  // Identifiers come from the column maps in this module's callers, never from input.
  return Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}"`)} (${Prisma.raw(names.map((n) => `"${n}"`).join(", "))})
    SELECT ${head}* FROM unnest(${Prisma.join(arrays)})`;
}

/**
 * Several inserts as ONE statement — data-modifying CTEs each run exactly once, to completion, and foreign keys are
 * checked at its end — so all of a report's rows cost one round trip.
 */
export async function executeInserts(tx: Tx, statements: ReadonlyArray<Prisma.Sql | null>): Promise<void> {
  const list = statements.filter((s): s is Prisma.Sql => s !== null);
  const last = list.pop();
  if (!last) return;
  const ctes = list.map((s, i) => Prisma.sql`${Prisma.raw(`i${i}`)} AS (${s})`);
  await tx.$executeRaw(ctes.length === 0 ? last : Prisma.sql`WITH ${Prisma.join(ctes)} ${last}`);
}
