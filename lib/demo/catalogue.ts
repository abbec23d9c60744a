import type { DepartmentKind } from "./types";

/** A kind of department the demo city has: its own 项 codes and how big it tends to be. */
export interface DepartmentTemplate {
  name: string;
  kind: DepartmentKind;
  /** The 项 codes of its own business; the first is its running cost (行政运行 / 事业运行 / the school level). */
  codes: string[];
  /** Relative size: 公安 and 教育 spend far more than 统计. */
  weight: number;
  /** Older name for departments that a reform renamed. */
  formerName?: string;
  /** Numbered units (schools) repeat: "第一中学", "第二中学" … */
  numbered?: boolean;
}

export const DEPARTMENT_TEMPLATES: ReadonlyArray<DepartmentTemplate> = [
  { name: "人民政府办公室", kind: "行政", codes: ["2010301", "2010302", "2010350"], weight: 2 },
  { name: "人大常委会办公室", kind: "行政", codes: ["2010101", "2010102", "2010104"], weight: 1.2 },
  { name: "政协办公室", kind: "行政", codes: ["2010201", "2010202", "2010204"], weight: 1 },
  { name: "发展和改革委员会", kind: "行政", codes: ["2010401", "2010402", "2010450"], weight: 1.5 },
  { name: "财政局", kind: "行政", codes: ["2010601", "2010602", "2010650"], weight: 2 },
  { name: "公安局", kind: "行政", codes: ["2040201", "2040202", "2040250"], weight: 8 },
  { name: "教育局", kind: "行政", codes: ["2050101", "2050102", "2050803"], weight: 4 },
  { name: "卫生健康委员会", kind: "行政", codes: ["2100101", "2100102"], weight: 2.5, formerName: "卫生和计划生育委员会" },
  { name: "人力资源和社会保障局", kind: "行政", codes: ["2080101", "2080102", "2080150"], weight: 2 },
  { name: "民政局", kind: "行政", codes: ["2080201", "2080202", "2080801"], weight: 1.8 },
  { name: "城市管理执法局", kind: "行政", codes: ["2120101", "2120102", "2120104"], weight: 2.5 },
  { name: "农业农村局", kind: "行政", codes: ["2130101", "2130102", "2130104"], weight: 2 },
  { name: "交通运输局", kind: "行政", codes: ["2140101", "2140102"], weight: 2 },
  { name: "自然资源和规划局", kind: "行政", codes: ["2200101", "2200102"], weight: 2, formerName: "国土资源局" },
  { name: "统计局", kind: "行政", codes: ["2010501", "2010502", "2010550"], weight: 0.6 },
  { name: "审计局", kind: "行政", codes: ["2010801", "2010804"], weight: 0.7 },
  { name: "司法局", kind: "行政", codes: ["2040601", "2040602"], weight: 0.9 },
  { name: "科学技术局", kind: "行政", codes: ["2060101", "2060102"], weight: 0.8 },
  { name: "文化和旅游局", kind: "行政", codes: ["2070101", "2070102", "2070109"], weight: 1.2 },
  { name: "生态环境局", kind: "行政", codes: ["2110101", "2110102"], weight: 1.1 },
  { name: "林业局", kind: "行政", codes: ["2130201"], weight: 0.7 },
  { name: "水利和湖泊局", kind: "行政", codes: ["2130301"], weight: 1.2, formerName: "水务局" },
  { name: "应急管理局", kind: "行政", codes: ["2240101", "2240102"], weight: 0.9 },
  { name: "市场监督管理局", kind: "行政", codes: ["2013801", "2013802", "2013850"], weight: 1.6 },
  { name: "地方金融工作局", kind: "行政", codes: ["2170101", "2170102"], weight: 0.5 },
  { name: "机关事务服务中心", kind: "事业", codes: ["2010350"], weight: 0.8 },
  { name: "社会保险服务中心", kind: "事业", codes: ["2080150"], weight: 0.7 },
  { name: "中学", kind: "事业", codes: ["2050203", "2050204"], weight: 1.3, numbered: true },
  { name: "小学", kind: "事业", codes: ["2050202"], weight: 0.7, numbered: true },
  { name: "幼儿园", kind: "事业", codes: ["2050201"], weight: 0.3, numbered: true },
];

/** Social-security, health and housing 项 every payroll carries; the economic table mirrors them (30108 = 2080505 …). */
export const PAYROLL_CODES = {
  pension: "2080505",
  annuity: "2080506",
  medicalAdmin: "2101101",
  medicalInstitution: "2101102",
  civilServantMedical: "2101103",
  housingFund: "2210201",
  rentSubsidy: "2210202",
  housePurchase: "2210203",
} as const;

export const PERSONNEL_LINES: ReadonlyArray<readonly [string, string]> = [
  ["30101", "基本工资"],
  ["30102", "津贴补贴"],
  ["30103", "奖金"],
  ["30107", "绩效工资"],
  ["30108", "机关事业单位基本养老保险缴费"],
  ["30109", "职业年金缴费"],
  ["30110", "职工基本医疗保险缴费"],
  ["30111", "公务员医疗补助缴费"],
  ["30112", "其他社会保障缴费"],
  ["30113", "住房公积金"],
  ["30199", "其他工资福利支出"],
];

export const FAMILY_LINES: ReadonlyArray<readonly [string, string]> = [
  ["30302", "退休费"],
  ["30309", "奖励金"],
  ["30399", "其他对个人和家庭的补助"],
];

export const GOODS_LINES: ReadonlyArray<readonly [string, string]> = [
  ["30201", "办公费"],
  ["30202", "印刷费"],
  ["30205", "水费"],
  ["30206", "电费"],
  ["30207", "邮电费"],
  ["30211", "差旅费"],
  ["30212", "因公出国（境）费用"],
  ["30213", "维修（护）费"],
  ["30215", "会议费"],
  ["30216", "培训费"],
  ["30217", "公务接待费"],
  ["30226", "劳务费"],
  ["30228", "工会经费"],
  ["30229", "福利费"],
  ["30231", "公务用车运行维护费"],
  ["30239", "其他交通费用"],
  ["30299", "其他商品和服务支出"],
];

export const CAPITAL_LINES: ReadonlyArray<readonly [string, string]> = [
  ["31002", "办公设备购置"],
  ["31013", "公务用车购置"],
];

export const ECONOMIC_CLASS_NAMES: Readonly<Record<string, string>> = {
  "301": "工资福利支出",
  "302": "商品和服务支出",
  "303": "对个人和家庭的补助",
  "310": "资本性支出",
};

export const PROJECT_SUFFIXES: ReadonlyArray<string> = [
  "业务工作经费",
  "专项工作经费",
  "信息化建设运维经费",
  "综合保障经费",
  "宣传培训经费",
  "督查调研经费",
];

/** Why a 项 ended below/above its initial budget, in the words reports use; payroll 项 move for payroll reasons. */
export const REASONS = {
  payroll: {
    below: ["人员异动", "医疗保险缴费政策变更", "退休人员增加，在职人员减少"],
    above: ["退休、辞职人员职业年金做实", "新增人员及调资", "缴费基数调整"],
  },
  business: {
    below: ["落实过“紧日子”的要求，进一步厉行节约、压减开支", "部分项目实施进度滞后，资金未能在年内支付"],
    above: ["年中追加预算", "上年结转资金在本年支出"],
  },
} as const;

export function isPayrollCode(code: string): boolean {
  return (Object.values(PAYROLL_CODES) as string[]).includes(code);
}

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 12 → 十二, 40 → 四十, 105 → 一百零五: school numbering in unit names. */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n < 20) return `十${n % 10 === 0 ? "" : DIGITS[n % 10]}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? "" : DIGITS[n % 10]}`;
  if (n < 1000) {
    const rest = n % 100;
    const tail = rest === 0 ? "" : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest);
    return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
  }
  return String(n);
}
