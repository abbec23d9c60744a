/**
 * Opens the database the way the web server does when it starts (lib/server/serve.ts calls getDatabase() before it
 * listens), says "ready" and holds it until stdin closes. Run with PGLITE_DATA_DIR set, as a separate process.
 */
import { getDatabase } from "../../../lib/db/client";

const db = await getDatabase();
process.stdout.write("ready\n");
process.stdin.resume();
process.stdin.on("end", () => {
  void db.close().then(() => process.exit(0));
});
