import type { NarrativeFacts } from "./types";
import { NUM, UNIT, pctText, regex, type NarrativeContext, type StatedAmount } from "./stated-amount";

function firstAmount(ctx: NarrativeContext, pattern: RegExp, text = ctx.text, start = 0): StatedAmount | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  if (!m?.[1]) return null;
  return ctx.amount(m[1], m[2], start + m.index + m[0].lastIndexOf(m[1]));
}

const OPERATING = regex(String.raw`机关运行经费(?:支出|决算数?)?(?:合计|共计)?(?:为|是)?(${NUM})(${UNIT})`, "");
const OPERATING_BUDGET = regex(String.raw`机关运行经费[^。]{0,30}?年初预算(?:数)?(?:为|是)(${NUM})(${UNIT})`, "");

/** 机关运行经费 and, where stated directly, its 年初预算 (the change extractor derives it from "比年初预算…" too). */
export function extractOperatingExpenses(ctx: NarrativeContext): { actual: string | null; budget: string | null } {
  const actual = firstAmount(ctx, OPERATING);
  if (actual) ctx.source("operatingExpenses", actual.offset);
  else ctx.note("narrative.operatingExpenses", "未找到机关运行经费支出金额", null);
  const budget = firstAmount(ctx, OPERATING_BUDGET);
  if (budget) ctx.source("operatingExpensesBudget", budget.offset);
  return { actual: actual?.value ?? null, budget: budget?.value ?? null };
}

const PROCUREMENT_SECTION = /政府采购(?:支出|情况)?(?:总额|金额|总金额)?/;
const PROCUREMENT_TOTAL = regex(String.raw`政府采购(?:支出|合同)?(?:总额|金额|总金额)[^\d。;,]{0,16}?(?:为|是)?(${NUM})(${UNIT})`, "");
const KINDS = { goods: "货物", works: "工程", services: "服务" } as const;
const SME = regex(String.raw`授予中小企业(?:的)?合同(?:金额|总额)(?:为|是|共)?(${NUM})(${UNIT})`, "");
const SME_SHARE = regex(String.raw`授予中小企业合同(?:金额|总额)[^。;%]{0,30}?占(?:政府采购(?:支出|合同)?(?:总额|金额|总金额))的?(${NUM})%`, "");

type Procurement = NarrativeFacts["procurement"];

/** 政府采购: 总额, 货物/工程/服务, 授予中小企业合同金额 and its 占比. */
export function extractProcurement(ctx: NarrativeContext): Procurement {
  const result: Procurement = { total: null, goods: null, works: null, services: null, sme: null, smeSharePct: null };
  const at = ctx.text.search(PROCUREMENT_SECTION);
  if (at < 0) {
    ctx.note("narrative.procurement", "未找到政府采购支出说明", null);
    return result;
  }
  const text = ctx.text.slice(at, at + 1200);
  const total = firstAmount(ctx, PROCUREMENT_TOTAL, text, at);
  if (total) {
    result.total = total.value;
    ctx.source("procurement.total", total.offset);
  }
  for (const [key, word] of Object.entries(KINDS) as Array<[keyof typeof KINDS, string]>) {
    const pattern = regex(String.raw`(?:采购)?${word}(?:类)?(?:采购)?(?:支出|金额|合同金额)?(?:为|是)?(${NUM})(${UNIT})`, "");
    const found = firstAmount(ctx, pattern, text, at);
    if (found) {
      result[key] = found.value;
      ctx.source(`procurement.${key}`, found.offset);
    }
  }
  const sme = firstAmount(ctx, SME, text, at);
  if (sme) {
    result.sme = sme.value;
    ctx.source("procurement.sme", sme.offset);
  } else if (total) ctx.note("narrative.procurement", "未读到授予中小企业合同金额", at);
  const share = SME_SHARE.exec(text);
  result.smeSharePct = share?.[1] ? pctText(share[1]) : null;
  return result;
}

const VEHICLES = /(?:共有|现有|实有)?车辆(?:共)?(\d+)辆/;

/** 国有资产占用: the vehicle count ("共有车辆 11 辆"). */
export function extractVehicleCount(ctx: NarrativeContext): number | null {
  const section = ctx.text.search(/国有资产/);
  const text = section < 0 ? ctx.text : ctx.text.slice(section);
  const m = VEHICLES.exec(text);
  if (!m?.[1]) {
    ctx.note("narrative.assets", "未找到国有资产车辆数", null);
    return null;
  }
  ctx.source("vehicleCount", (section < 0 ? 0 : section) + m.index);
  const n = Number.parseInt(m[1], 10);
  return Number.isSafeInteger(n) ? n : null;
}
