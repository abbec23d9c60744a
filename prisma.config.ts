import { defineConfig } from "prisma/config";

// Prisma's CLI would download a native schema engine; this machine has no internet beyond npm, and migrations run
// through @prisma/schema-engine-wasm instead (lib/db/migrate.ts). A FAILING engine path keeps `prisma generate`
// working and makes any accidental `prisma migrate` fail loudly instead of silently doing nothing.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
