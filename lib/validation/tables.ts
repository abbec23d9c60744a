import type { ExpenditureLine, GpbExpenditureLine, IncomeLine } from "@/lib/parsers/contract";
import type { AmountColumn } from "./function-lines";
import type { HierarchyTable } from "./rules/hierarchy-sums";

export const TABLE_01 = "公开01表 收入支出决算总表";
export const TABLE_02 = "公开02表 收入决算表";
export const TABLE_03 = "公开03表 支出决算表";
export const TABLE_04 = "公开04表 财政拨款收入支出决算总表";
export const TABLE_05 = "公开05表 一般公共预算财政拨款支出决算表";
export const TABLE_06 = "公开06表 一般公共预算财政拨款基本支出决算明细表";
export const TABLE_07 = "公开07表 政府性基金预算财政拨款收入支出决算表";
export const TABLE_08 = "公开08表 国有资本经营预算财政拨款支出决算表";
export const TABLE_09 = "公开09表 财政拨款“三公”经费支出决算表";
export const NARRATIVE = "决算情况说明";

export const INCOME_TOTAL: AmountColumn<IncomeLine> = { label: "合计", get: (l) => l.total };
export const INCOME_PARTS: readonly AmountColumn<IncomeLine>[] = [
  { label: "财政拨款收入", get: (l) => l.fiscal },
  { label: "上级补助收入", get: (l) => l.superior },
  { label: "事业收入", get: (l) => l.business },
  { label: "经营收入", get: (l) => l.operating },
  { label: "附属单位上缴收入", get: (l) => l.subsidiary },
  { label: "其他收入", get: (l) => l.other },
];

export const EXPENDITURE_TOTAL: AmountColumn<ExpenditureLine> = { label: "合计", get: (l) => l.total };
export const EXPENDITURE_PARTS: readonly AmountColumn<ExpenditureLine>[] = [
  { label: "基本支出", get: (l) => l.basic },
  { label: "项目支出", get: (l) => l.project },
  { label: "上缴上级支出", get: (l) => l.remitted },
  { label: "经营支出", get: (l) => l.operating },
  { label: "对附属单位补助支出", get: (l) => l.subsidiary },
];

export const GPB_TOTAL: AmountColumn<GpbExpenditureLine> = { label: "小计", get: (l) => l.total };
export const GPB_PARTS: readonly AmountColumn<GpbExpenditureLine>[] = [
  { label: "基本支出", get: (l) => l.basic },
  { label: "项目支出", get: (l) => l.project },
];

export const INCOME_TABLE: HierarchyTable<IncomeLine> = {
  id: "T02",
  name: TABLE_02,
  lines: (r) => r.incomeByFunction,
  columns: [INCOME_TOTAL, ...INCOME_PARTS],
};

export const EXPENDITURE_TABLE: HierarchyTable<ExpenditureLine> = {
  id: "T03",
  name: TABLE_03,
  lines: (r) => r.expenditureByFunction,
  columns: [EXPENDITURE_TOTAL, ...EXPENDITURE_PARTS],
};

export const GPB_TABLE: HierarchyTable<GpbExpenditureLine> = {
  id: "T05",
  name: TABLE_05,
  lines: (r) => r.gpbExpenditureByFunction,
  columns: [GPB_TOTAL, ...GPB_PARTS],
};
