import type { DepartmentSpec } from "./department-specs";
import type { Rng } from "./prng";
import type { DemoSangong, DemoSangongFigures } from "./types";
import { wc, type WanCents } from "./units";

const WAN = 100;

export interface SangongPlan {
  /** What the department would spend; the economic split may scale it down to fit public-use money. */
  actual: DemoSangongFigures;
  /** Budgets and counts for the actuals finally booked. */
  finish(actual: DemoSangongFigures): DemoSangong;
}

/** The fleet a department of this size keeps: one car per 500 万元 of spending, plus one, at most 60. */
function fleetTarget(sizeWan: number): number {
  return Math.min(60, Math.max(1, Math.round(sizeWan / 500) + 1));
}

/**
 * The year's fleet: last year's cars, minus those disposed of (a car serves about 15 years), plus the rare purchases that
 * bring it back towards its size's target — so the count moves only by what was bought and disposed of.
 */
function fleetChange(prior: number | null, target: number, rng: Rng): { start: number; purchased: number; disposed: number } {
  const start = prior ?? target;
  let disposed = 0;
  for (let car = 0; car < start; car += 1) if (rng.chance(1 / 15)) disposed += 1;
  const gap = target - (start - disposed);
  // Since the 公车改革 a unit buys only when it has fallen well short of its need (or has no car left).
  let purchased = gap >= 2 && rng.chance(0.6) ? Math.min(gap, 2) : 0;
  if (start - disposed + purchased < 1) purchased = 1;
  return { start, purchased, disposed };
}

/**
 * 三公 for one department-year from habits that hold across years (running cost per car, reception scale, trips), so a
 * normal department's 三公 moves by a few percent plus the odd car purchase. "growing" departments compound 35% a year
 * and "over-budget" ones overrun one item's budget: the deliberate outliers the 需关注 list should catch.
 */
export function buildSangong(
  spec: DepartmentSpec,
  total: WanCents,
  year: number,
  years: [number, number],
  priorFleet: number | null,
  rng: Rng,
): SangongPlan {
  const sizeWan = total / WAN;
  const habits = spec.sangongHabits;
  const growth = spec.sangongTrend === "growing" ? Math.pow(1.35, year - years[0] + 1) : 1;
  const fleet = fleetChange(priorFleet, fleetTarget(sizeWan), rng);
  const vehicleCount = fleet.start - fleet.disposed + fleet.purchased;
  const travels = spec.hasOutbound && rng.chance(0.7);
  const actual: DemoSangongFigures = {
    outbound: travels ? wc(habits.outboundWan * rng.range(0.85, 1.15) * WAN * growth) : 0,
    vehiclePurchase: fleet.purchased * wc(rng.range(12, 18) * WAN),
    vehicleOperation: wc(vehicleCount * habits.perVehicleWan * (1 + rng.normal(0, 0.04)) * WAN * growth),
    reception: wc(habits.receptionFactor * Math.pow(sizeWan, 0.35) * (1 + rng.normal(0, 0.06)) * WAN * growth),
  };
  const outboundGroups = rng.int(1, 3);
  const peoplePerGroup = rng.int(1, 4);
  const perBatch = rng.range(6, 12);
  const peoplePerBatch = rng.int(3, 6);
  const overrun = spec.sangongTrend === "over-budget" ? rng.pick(["vehicleOperation", "reception"] as const) : null;
  // A department that overruns one item spends the others close to their budgets, so the 三公 total overruns too.
  const tight = overrun === null ? 0 : 1;
  const rates = {
    outbound: rng.range(0.6 + 0.37 * tight, 1),
    vehiclePurchase: rng.range(0.95, 1),
    vehicleOperation: rng.range(0.75 + 0.22 * tight, 1),
    reception: rng.range(0.5 + 0.47 * tight, 1),
  };
  const unusedOutboundBudget = spec.hasOutbound && !travels && rng.chance(0.5) ? wc(rng.range(5, 20) * WAN) : 0;
  return {
    actual,
    finish(booked) {
      const budgetOf = (key: keyof DemoSangongFigures): WanCents => {
        const value = booked[key];
        if (value === 0) return key === "outbound" ? unusedOutboundBudget : 0;
        const rate = overrun === key ? rng.range(1.05, 1.3) : rates[key];
        return Math.max(1, wc(value / rate));
      };
      const batches = booked.reception > 0 ? Math.max(1, Math.round(booked.reception / perBatch)) : 0;
      return {
        budget: {
          outbound: budgetOf("outbound"),
          vehiclePurchase: budgetOf("vehiclePurchase"),
          vehicleOperation: budgetOf("vehicleOperation"),
          reception: budgetOf("reception"),
        },
        actual: booked,
        outboundGroups: booked.outbound > 0 ? outboundGroups : 0,
        outboundPeople: booked.outbound > 0 ? outboundGroups * peoplePerGroup : 0,
        vehiclesPurchased: booked.vehiclePurchase > 0 ? fleet.purchased : 0,
        vehiclesDisposed: fleet.disposed,
        vehicleCount,
        receptionBatches: batches,
        receptionPeople: batches * peoplePerBatch,
      };
    },
  };
}
