import type { Finding, ParsedReport, SangongItems } from "@/lib/parsers/contract";
import { Decimal } from "@/lib/money";
import { compareAmounts } from "../amount-finding";
import { at, skipped, type RuleContext } from "../context";
import { sumColumn } from "../function-lines";
import { TABLE_09 } from "../tables";

const SIDES = [
  { key: "budget" as const, label: "预算数" },
  { key: "actual" as const, label: "决算数" },
];

/** The 公务用车 subtotal as printed, else 购置 + 运行 (tables without a 小计 column). */
export function vehicleTotal(items: SangongItems): Decimal | null {
  if (items.vehicleSubtotal !== null && items.vehicleSubtotal !== undefined) return new Decimal(items.vehicleSubtotal);
  const { sum, present } = sumColumn([items.vehiclePurchase, items.vehicleOperation], (v) => v);
  return present === 0 ? null : sum;
}

/** T09.vehicle-subtotal: 公务用车购置及运行费小计 = 购置费 + 运行费 (budget and actual). */
export function checkVehicleSubtotal(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "T09.vehicle-subtotal";
  return SIDES.flatMap((side) => {
    const items = report.sangong[side.key];
    const what = `${TABLE_09} 公务用车购置及运行费小计（${side.label}）`;
    if (items.vehicleSubtotal === null || items.vehicleSubtotal === undefined) return [skipped(rule, what, "小计")];
    const { sum, present } = sumColumn([items.vehiclePurchase, items.vehicleOperation], (v) => v);
    if (present === 0) return [skipped(rule, what, "购置费和运行费")];
    return compareAmounts(ctx, {
      rule,
      subject: what,
      expectedLabel: "购置费+运行费",
      expected: sum,
      actualLabel: "小计",
      actual: new Decimal(items.vehicleSubtotal),
      addends: present,
      location: at(report.sources[`sangong.${side.key}.vehicleSubtotal`], TABLE_09, side.label, "公务用车购置及运行费小计"),
    });
  });
}

/** T09.total-sum: 合计 = 因公出国(境)费 + 公务用车购置及运行费 + 公务接待费 (budget and actual). */
export function checkSangongTotal(report: ParsedReport, ctx: RuleContext): Finding[] {
  const rule = "T09.total-sum";
  return SIDES.flatMap((side) => {
    const items = report.sangong[side.key];
    const what = `${TABLE_09} 合计（${side.label}）`;
    if (items.total === null) return [skipped(rule, what, "三公经费合计")];
    const vehicle = vehicleTotal(items);
    const { sum, present } = sumColumn([items.outbound, vehicle?.toFixed(2) ?? null, items.reception], (v) => v);
    if (present === 0) return [skipped(rule, what, "因公出国(境)费、公务用车费和公务接待费")];
    return compareAmounts(ctx, {
      rule,
      subject: what,
      expectedLabel: "出国+用车+接待",
      expected: sum,
      actualLabel: "合计",
      actual: new Decimal(items.total),
      addends: present,
      location: at(report.sources[`sangong.${side.key}.total`], TABLE_09, side.label, "合计"),
    });
  });
}
