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

/**
 * 三公 for one department-year: car fleet by size, occasional purchases and trips abroad, reception scaled by size.
 * "growing" departments compound 25% a year; "over-budget" ones overrun one item's budget.
 */
export function buildSangong(
  spec: DepartmentSpec,
  total: WanCents,
  year: number,
  years: [number, number],
  rng: Rng,
): SangongPlan {
  const sizeWan = total / WAN;
  const vehicleCount = Math.min(60, Math.max(1, Math.round(sizeWan / 500) + 1 + rng.int(-1, 1)));
  const growth = spec.sangongTrend === "growing" ? Math.pow(1.25, year - years[0] + 1) : 1;
  const purchased = rng.chance(0.1) ? (rng.chance(0.3) ? 2 : 1) : 0;
  const travels = spec.hasOutbound && rng.chance(0.5);
  const actual: DemoSangongFigures = {
    outbound: travels ? wc(rng.range(3, 25) * WAN * growth) : 0,
    vehiclePurchase: purchased * wc(rng.range(15, 28) * WAN),
    vehicleOperation: wc(vehicleCount * rng.range(1.2, 3.2) * WAN * growth),
    reception: wc(rng.range(0.05, 0.4) * Math.pow(sizeWan, 0.35) * WAN * growth),
  };
  const outboundGroups = rng.int(1, 3);
  const peoplePerGroup = rng.int(1, 4);
  const perBatch = rng.range(6, 12);
  const peoplePerBatch = rng.int(3, 6);
  const overrun = spec.sangongTrend === "over-budget" ? rng.pick(["vehicleOperation", "reception"] as const) : null;
  const rates = { outbound: rng.range(0.6, 1), vehiclePurchase: rng.range(0.95, 1), vehicleOperation: rng.range(0.75, 1), reception: rng.range(0.5, 1) };
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
        vehiclesPurchased: booked.vehiclePurchase > 0 ? Math.max(purchased, 1) : 0,
        vehicleCount,
        receptionBatches: batches,
        receptionPeople: batches * peoplePerBatch,
      };
    },
  };
}
