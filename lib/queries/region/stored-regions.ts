import "server-only";
import { getPrisma } from "../../db/client";
import { sharedPerVersion } from "../page-data-cache";

export interface StoredRegion {
  code: string;
  name: string;
  parentCode: string | null;
  demo: boolean;
}

async function loadStoredRegions(): Promise<StoredRegion[]> {
  const prisma = await getPrisma();
  return prisma.region.findMany({ select: { code: true, name: true, parentCode: true, demo: true }, orderBy: { code: "asc" } });
}

/**
 * Every row of the Region table, by code: what every view reads to resolve `?region=` and name a scope. The same for
 * every viewer, so it is kept per data version (a trigger raises it when a region is stored) rather than read per page.
 */
export const listStoredRegions = sharedPerVersion("stored-regions", loadStoredRegions);
