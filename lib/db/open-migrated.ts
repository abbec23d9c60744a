import "server-only";
import { connectDatabase, type ConnectOptions, type Database } from "./client";
import { applyMigrations } from "./migrations";

/** For the CLI and tests: open the database and apply every pending committed migration. */
export async function openMigratedDatabase(options: ConnectOptions = {}): Promise<Database & { applied: string[] }> {
  const db = await connectDatabase(options);
  try {
    const applied = await applyMigrations(db.factory);
    return { ...db, applied };
  } catch (error) {
    await db.close();
    throw error;
  }
}
