import { CAPITAL_LINES, ECONOMIC_CLASS_NAMES, FAMILY_LINES, GOODS_LINES, PAYROLL_CODES, PERSONNEL_LINES } from "./catalogue";
import type { Rng } from "./prng";
import type { DemoEconomicLine, DemoItem, DemoSangongFigures } from "./types";
import { allocate, sum, type WanCents } from "./units";

/** General-budget basic spending of one 项 (what table 05 shows as 基本支出). */
export function gpbBasic(item: DemoItem): WanCents {
  return item.basic - item.nonFiscalBasic;
}

function basicOf(items: ReadonlyArray<DemoItem>, ...codes: string[]): WanCents {
  return sum(items.filter((i) => codes.includes(i.code)).map(gpbBasic));
}

/**
 * Table 06: splits general-budget basic spending into economic codes. Contributions mirror their 项 (30108 = 2080505,
 * 30113 = 2210201 …) and the 三公 lines equal the 三公 actuals, the way a real ledger ties them; the rest is spread over
 * the usual wage and goods lines. 三公 is scaled down when public-use money cannot hold it.
 */
export function buildEconomic(
  items: ReadonlyArray<DemoItem>,
  admin: boolean,
  sangongTarget: DemoSangongFigures,
  rng: Rng,
): { lines: DemoEconomicLine[]; sangong: DemoSangongFigures } {
  const basic = sum(items.map(gpbBasic));
  const mirrored: Record<string, WanCents> = {
    "30108": basicOf(items, PAYROLL_CODES.pension),
    "30109": basicOf(items, PAYROLL_CODES.annuity),
    "30110": basicOf(items, PAYROLL_CODES.medicalAdmin, PAYROLL_CODES.medicalInstitution),
    "30111": basicOf(items, PAYROLL_CODES.civilServantMedical),
    "30113": basicOf(items, PAYROLL_CODES.housingFund),
  };
  const mirroredTotal = sum(Object.values(mirrored));
  const targetTotal = sum(Object.values(sangongTarget));
  // Public-use money holds the 三公 with room to spare (a small unit's cars and receptions are its main running
  // costs), so 三公 follows the department's habits rather than this year's draw of the public-use share.
  let publicUse = Math.max(Math.round(basic * (admin ? rng.range(0.09, 0.15) : rng.range(0.07, 0.12))), Math.ceil(targetTotal / 0.45));
  publicUse = Math.min(publicUse, basic - mirroredTotal);
  const personnel = basic - publicUse;

  const room = Math.floor(publicUse * 0.45);
  const sangong = targetTotal <= room ? sangongTarget : scaleSangong(sangongTarget, room);

  const lines: DemoEconomicLine[] = [];
  const wageWeights = PERSONNEL_LINES.map(([code]) => (code in mirrored ? 0 : wageWeight(code, rng)));
  const familyWeights = FAMILY_LINES.map(([code]) => (code === "30302" ? rng.range(0.02, 0.06) : rng.chance(0.5) ? rng.range(0.002, 0.01) : 0));
  const freePersonnel = allocate(personnel - mirroredTotal, [...wageWeights, ...familyWeights]);
  PERSONNEL_LINES.forEach(([code, name], i) => {
    lines.push({ code, name, category: "personnel", amount: mirrored[code] ?? freePersonnel[i] ?? 0 });
  });
  FAMILY_LINES.forEach(([code, name], i) => {
    lines.push({ code, name, category: "personnel", amount: freePersonnel[PERSONNEL_LINES.length + i] ?? 0 });
  });

  const fixed: Record<string, WanCents> = {
    "30212": sangong.outbound,
    "30217": sangong.reception,
    "30231": sangong.vehicleOperation,
    "31013": sangong.vehiclePurchase,
  };
  const spread = [...GOODS_LINES, ...CAPITAL_LINES];
  const goodsWeights = spread.map(([code]) => (code in fixed ? 0 : rng.chance(0.8) ? rng.range(0.2, 1) : 0));
  const freeGoods = allocate(publicUse - sum(Object.values(fixed)), goodsWeights);
  spread.forEach(([code, name], i) => {
    lines.push({ code, name, category: "publicUse", amount: fixed[code] ?? freeGoods[i] ?? 0 });
  });
  return { lines: withClassLines(lines), sangong };
}

function wageWeight(code: string, rng: Rng): number {
  const base: Record<string, number> = { "30101": 0.22, "30102": 0.2, "30103": 0.1, "30107": 0.25, "30112": 0.01, "30199": 0.03 };
  return (base[code] ?? 0) * rng.range(0.8, 1.2);
}

function scaleSangong(target: DemoSangongFigures, room: WanCents): DemoSangongFigures {
  const keys = ["outbound", "vehiclePurchase", "vehicleOperation", "reception"] as const;
  const parts = allocate(room, keys.map((k) => target[k]));
  return { outbound: parts[0] ?? 0, vehiclePurchase: parts[1] ?? 0, vehicleOperation: parts[2] ?? 0, reception: parts[3] ?? 0 };
}

/** Adds the 301/302/303/310 subtotal lines in front of their members, as table 06 prints them. */
function withClassLines(lines: DemoEconomicLine[]): DemoEconomicLine[] {
  const out: DemoEconomicLine[] = [];
  for (const klass of ["301", "303", "302", "310"]) {
    const members = lines.filter((l) => l.code.startsWith(klass));
    const first = members[0];
    if (first === undefined) continue;
    out.push({ code: klass, name: ECONOMIC_CLASS_NAMES[klass] ?? klass, category: first.category, amount: sum(members.map((m) => m.amount)) });
    out.push(...members);
  }
  return out;
}
