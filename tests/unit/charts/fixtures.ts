import type {
  CompareDto,
  EconomicDto,
  ExecutionDto,
  HeatmapDto,
  HistogramDto,
  PerformanceDto,
  RankingDto,
  SangongTrendDto,
  StructureDto,
  TreemapDto,
  YoyDto,
} from "@/lib/charts/dto";

/** Small DTOs shaped like the 咸宁市人民政府办公室 2024 report (amounts in 元). */
export const structure: StructureDto = {
  parent: null,
  nodes: [
    { code: "201", name: "一般公共服务支出", level: "类", amount: "23489100.00" },
    { code: "208", name: "社会保障和就业支出", level: "类", amount: "3116200.00" },
    { code: "210", name: "卫生健康支出", level: "类", amount: "800600.00" },
    { code: "221", name: "住房保障支出", level: "类", amount: "1673300.00" },
    { code: "229", name: "其他支出", level: "类", amount: null },
  ],
};

export const economic: EconomicDto = {
  categories: [
    {
      key: "personnel",
      name: "人员经费",
      amount: "21000000.00",
      groups: [
        {
          code: "301",
          name: "工资福利支出",
          amount: "19000000.00",
          items: [
            { code: "30101", name: "基本工资", amount: "6000000.00" },
            { code: "30102", name: "津贴补贴", amount: "13000000.00" },
          ],
        },
        { code: "303", name: "对个人和家庭的补助", amount: "2000000.00", items: [] },
      ],
    },
    {
      key: "publicUse",
      name: "公用经费",
      amount: "3000000.00",
      groups: [
        { code: "302", name: "商品和服务支出", amount: "2900000.00", items: [{ code: "30201", name: "办公费", amount: "500000.00" }] },
        { code: "310", name: "资本性支出", amount: null, items: [] },
      ],
    },
  ],
};

export const yoy: YoyDto = {
  label: "支出合计",
  points: [
    { year: 2024, amount: "29079200.00", source: "table" },
    { year: 2023, amount: "22769900.00", source: "narrative" },
    { year: 2022, amount: "25000000.00", source: "table" },
  ],
};

export const execution: ExecutionDto = {
  rows: [
    { code: "2010301", name: "行政运行", budget: "18549100.00", actual: "17958300.00", ratePct: "96.81" },
    { code: "2080506", name: "机关事业单位职业年金缴费支出", budget: "694800.00", actual: "969400.00" },
    { code: "2010350", name: "事业运行", budget: "5506300.00", actual: "4064700.00" },
    { code: "2299999", name: "其他支出", budget: "0.00", actual: "88800.00" },
  ],
};

export const sangong: SangongTrendDto = {
  years: [2023, 2024],
  items: [
    { key: "outbound", name: "因公出国(境)费", budget: ["0.00", "0.00"], actual: ["0.00", "0.00"] },
    { key: "vehicleOperation", name: "公务用车运行维护费", budget: ["120000.00", "100000.00"], actual: ["110000.00", null] },
    { key: "reception", name: "公务接待费", budget: ["80000.00", "60000.00"], actual: ["75000.00", "52300.00"] },
  ],
  total: { budget: ["200000.00", "160000.00"], actual: ["185000.00", null] },
};

export const heatmap: HeatmapDto = {
  departments: [
    { id: "d1", name: "市政府办公室" },
    { id: "d2", name: "市财政局" },
  ],
  codes: [
    { code: "2010301", name: "行政运行" },
    { code: "2010302", name: "一般行政管理事务" },
  ],
  cells: [
    { departmentId: "d1", code: "2010301", budget: "18549100.00", actual: "17958300.00" },
    { departmentId: "d1", code: "2010302", budget: "0.00", actual: "850200.00" },
    { departmentId: "d2", code: "2010301", budget: "1000000.00", actual: "2000000.00" },
  ],
};

export const ranking: RankingDto = {
  metricLabel: "支出合计",
  rows: [
    { departmentId: "d2", name: "市财政局", amount: "12000000.00" },
    { departmentId: "d3", name: "市统计局", amount: null },
    { departmentId: "d1", name: "市政府办公室", amount: "29079200.00" },
  ],
};

export const histogram: HistogramDto = { rates: ["96.81", "139.52", "73.82", "91.42", "150", "49.99", null, "110"] };

export const treemap: TreemapDto = {
  root: { code: "201", name: "一般公共服务支出" },
  mode: "children",
  items: [
    { id: "20103", name: "政府办公厅（室）及相关机构事务", amount: "22000000.00", code: "20103" },
    { id: "20101", name: "人大事务", amount: "1489100.00", code: "20101" },
    { id: "20199", name: "其他一般公共服务支出", amount: "0.00", code: "20199" },
  ],
};

export const compare: CompareDto = {
  metrics: [
    { key: "expenditure", label: "支出合计" },
    { key: "basic", label: "基本支出" },
  ],
  departments: [
    { id: "d1", name: "市政府办公室", values: { expenditure: "29079200.00", basic: "21000000.00" } },
    { id: "d2", name: "市财政局", values: { expenditure: "12000000.00", basic: null } },
  ],
};

export const performance: PerformanceDto = {
  projects: [
    { name: "政务服务保障", budget: "1000000.00", actual: "950000.00", ratePct: "95" },
    { name: "应急值守", budget: "200000.00", actual: "100000.00", ratePct: null },
    { name: "信息化建设", budget: null, actual: "300000.00", ratePct: null },
  ],
};
