/**
 * The 26 expenditure 类 (3-digit functional codes) in the order 公开01表 and 公开04表 print them, with the row label
 * those tables use. Kept apart from function-codes.ts (款/项 names) so both catalogues can grow independently.
 */
export interface FunctionClass {
  code: string;
  /** National name: "一般公共服务支出". */
  name: string;
  /** How the narrative names the class: "一般公共服务（类）" → short form without 支出. */
  shortName: string;
}

const CLASSES: ReadonlyArray<readonly [string, string]> = [
  ["201", "一般公共服务支出"],
  ["202", "外交支出"],
  ["203", "国防支出"],
  ["204", "公共安全支出"],
  ["205", "教育支出"],
  ["206", "科学技术支出"],
  ["207", "文化旅游体育与传媒支出"],
  ["208", "社会保障和就业支出"],
  ["210", "卫生健康支出"],
  ["211", "节能环保支出"],
  ["212", "城乡社区支出"],
  ["213", "农林水支出"],
  ["214", "交通运输支出"],
  ["215", "资源勘探工业信息等支出"],
  ["216", "商业服务业等支出"],
  ["217", "金融支出"],
  ["219", "援助其他地区支出"],
  ["220", "自然资源海洋气象等支出"],
  ["221", "住房保障支出"],
  ["222", "粮油物资储备支出"],
  ["223", "国有资本经营预算支出"],
  ["224", "灾害防治及应急管理支出"],
  ["229", "其他支出"],
  ["231", "债务还本支出"],
  ["232", "债务付息支出"],
  ["234", "抗疫特别国债安排的支出"],
];

export const FUNCTION_CLASSES: ReadonlyArray<FunctionClass> = CLASSES.map(([code, name]) => ({
  code,
  name,
  shortName: name.replace(/支出$/, ""),
}));

const BY_CODE = new Map(FUNCTION_CLASSES.map((c) => [c.code, c]));

/** The 类 for a 3-digit code, or null when it is not a national expenditure class. */
export function functionClass(code: string): FunctionClass | null {
  return BY_CODE.get(code) ?? null;
}
