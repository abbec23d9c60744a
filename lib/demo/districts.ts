import { DEPARTMENT_TEMPLATES, type DepartmentTemplate } from "./catalogue";
import { drawBase, specFor, type DepartmentSpec } from "./department-specs";
import { generateDepartmentReports } from "./generate-city";
import { plantMistakes } from "./mistakes";
import { createRng } from "./prng";
import type { DemoReport, GenerateCityOptions } from "./types";

/**
 * Two fictional districts of 示例市 (甲区, 乙区), so region views have something side by side on first start. Each
 * has the same fifteen kinds of 部门 (every 区's 财政局 compares with the other's); a few 部门 have 所属单位 that file
 * their own 单位决算, and those 部门 file a 汇总 report that includes their units — the case where a total must count
 * each organisation once.
 */
export const DISTRICTS = [
  { name: "示例市甲区", key: "a", scale: 0.45 },
  { name: "示例市乙区", key: "b", scale: 0.3 },
] as const;

/** How many years back from the last demo year the districts report (kept short: first start imports every file). */
export const DISTRICT_YEARS = 3;

const DEPARTMENT_KINDS = [
  "人民政府办公室", "人大常委会办公室", "政协办公室", "发展和改革委员会", "财政局", "教育局", "卫生健康委员会",
  "人力资源和社会保障局", "民政局", "城市管理执法局", "农业农村局", "统计局", "审计局", "司法局", "市场监督管理局",
];

const template = (name: string): DepartmentTemplate => {
  const found = DEPARTMENT_TEMPLATES.find((t) => t.name === name);
  if (found === undefined) throw new Error(`demo template ${name} missing`);
  // District departments were not renamed: the 机构改革 story belongs to the city.
  return { ...found, formerName: undefined };
};

/** 所属单位 by their 部门: [部门 kind, unit name after the district, unit template]. */
const UNITS: ReadonlyArray<{ parent: string; name: string; template: DepartmentTemplate; only?: string }> = [
  { parent: "财政局", name: "财政投资评审中心", template: { name: "财政投资评审中心", kind: "事业", codes: ["2010650"], weight: 0.4 } },
  { parent: "教育局", name: "第一中学", template: template("中学") },
  { parent: "教育局", name: "第一小学", template: template("小学") },
  { parent: "人民政府办公室", name: "机关事务服务中心", template: template("机关事务服务中心"), only: "a" },
];

export interface DemoDistricts {
  /** Every district report, oldest first per department; units carry scope 单位 and their 部门's name. */
  reports: DemoReport[];
  /** unit name → 部门 name, for the loader to record the hierarchy. */
  units: Array<{ unit: string; parent: string }>;
  years: [number, number];
}

/** A 汇总 report of a 部门 is built from its own (本级) spending plus its units', so it includes them exactly. */
export function generateDistricts(options: GenerateCityOptions): DemoDistricts {
  const years: [number, number] = [Math.max(options.years[0], options.years[1] - DISTRICT_YEARS + 1), options.years[1]];
  const reports: DemoReport[] = [];
  const units: DemoDistricts["units"] = [];
  for (const district of DISTRICTS) {
    const rng = createRng(options.seed).fork(`district-${district.key}`);
    const spec = (t: DepartmentTemplate, name: string, id: string): DepartmentSpec => {
      const own = rng.fork(id);
      return specFor(t, name, id, drawBase(t, own, district.scale), years, own);
    };
    const departments = DEPARTMENT_KINDS.map((kind, i) => spec(template(kind), `${district.name}${kind}`, `${district.key}${String(i + 1).padStart(5, "0")}`));
    const unitSpecs = UNITS.filter((u) => u.only === undefined || u.only === district.key).map((u, i) => ({
      parent: departments[DEPARTMENT_KINDS.indexOf(u.parent)] as DepartmentSpec,
      spec: spec(u.template, `${district.name}${u.name}`, `${district.key}u${String(i + 1).padStart(4, "0")}`),
    }));
    const own: DemoReport[] = [];
    for (const dept of departments) {
      const children = unitSpecs.filter((u) => u.parent === dept).map((u) => u.spec);
      // The 汇总 adds the units' spending to the 部门's own, as `absorbs` does for a merge from the start.
      const withUnits = { ...dept, absorbs: children.map((c) => ({ lineageId: c.lineageId, year: years[0] - 1 })) };
      const byId = new Map(children.map((c) => [c.lineageId, c]));
      const reportsOf = generateDepartmentReports(withUnits, byId, years, options.seed);
      own.push(...(children.length === 0 ? reportsOf : reportsOf.map((r) => ({ ...r, scope: "汇总" as const, units: children.map((c) => c.name) }))));
    }
    for (const { parent, spec: unit } of unitSpecs) {
      own.push(...generateDepartmentReports(unit, new Map(), years, options.seed).map((r) => ({ ...r, scope: "单位" as const, parentDepartment: parent.name })));
      units.push({ unit: unit.name, parent: parent.name });
    }
    plantMistakes(own, rng.fork("mistakes"));
    reports.push(...own);
  }
  return { reports, units, years };
}
