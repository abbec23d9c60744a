import "server-only";
import { getPrisma } from "../db/client";
import { recordAudit } from "../auth/audit";
import { regionCatalog, ensureRegionRows } from "./region-catalog";

const KEY = "homeRegion";

/**
 * The admin's home region (the default of every cross-department view), or null to fall back to
 * FISCAL_LENS_HOME_REGION and the built-in default. Audited.
 */
export async function setHomeRegion(code: string | null, actor: { name: string; ip?: string }): Promise<void> {
  if (code !== null && !regionCatalog().byCode.has(code)) throw new Error(`未知的行政区划代码“${code}”`);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    if (code === null) await tx.setting.deleteMany({ where: { key: KEY } });
    else {
      await ensureRegionRows(tx, code);
      await tx.setting.upsert({ where: { key: KEY }, create: { key: KEY, value: code, updatedBy: actor.name }, update: { value: code, updatedBy: actor.name } });
    }
    await recordAudit(tx, { actor: actor.name, action: "setting_home_region", target: code ?? "（默认）", ip: actor.ip });
  });
}
