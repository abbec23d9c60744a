import type { PrismaClient } from "../generated/prisma/client";
import { PARSE_PROCESSES } from "../parsers/worker/parse-isolated";
import { prepareFile, storePrepared, type IngestInput, type IngestResult, type PreparedFile } from "./ingest-file";

export interface IngestManyOptions {
  /** Files parsed ahead of the one being stored (default: one per parse process, plus one). */
  ahead?: number;
  /** Runs just before file `index` is stored (after every earlier file is). */
  beforeStore?: (index: number) => Promise<void>;
  onResult?: (index: number, result: IngestResult) => void;
}

/**
 * Many files through the same path as ingestFile, fast: parsing runs ahead on every parse process while reports are
 * stored one by one in input order (one transaction each), so versions of one department and year keep file order.
 * `load` is called lazily, so a folder of thousands of files is never all in memory.
 */
export async function ingestMany(
  prisma: PrismaClient,
  count: number,
  load: (index: number) => IngestInput | Promise<IngestInput>,
  options: IngestManyOptions = {},
): Promise<IngestResult[]> {
  const ahead = Math.max(1, options.ahead ?? PARSE_PROCESSES + 1);
  const pending = new Map<number, Promise<PreparedFile>>();
  let next = 0;
  const fill = () => {
    while (next < count && pending.size < ahead) {
      const index = next++;
      const prepared = Promise.resolve(load(index)).then((input) => prepareFile(prisma, input));
      // Awaited in order below; a failure of a later file must not be reported as unhandled meanwhile.
      prepared.catch(() => undefined);
      pending.set(index, prepared);
    }
  };
  const results: IngestResult[] = [];
  for (let i = 0; i < count; i += 1) {
    fill();
    const prepared = await pending.get(i)!;
    pending.delete(i);
    fill();
    await options.beforeStore?.(i);
    const result = await storePrepared(prisma, prepared);
    results.push(result);
    options.onResult?.(i, result);
  }
  return results;
}
