import { describe, expect, test } from "vitest";
import {
  checkMerge, checkParent, checkSplitNames, departmentChangeSchema, describeChange, type OrgNode,
} from "@/lib/domain/department-change";

const node = (id: number, parentId: number | null = null, mergedIntoId: number | null = null): OrgNode => ({ id, name: `部门${id}`, parentId, mergedIntoId });
const links = (map: Record<number, number | null>) => (id: number) => map[id] ?? null;

describe("checkParent", () => {
  test.each([
    ["itself", node(1), node(1), {}, "不能把部门设为它自己的上级部门"],
    ["a merged parent", node(1), node(2, null, 3), {}, "已并入其他部门"],
    ["its own unit (cycle)", node(1), node(2, 3), { 2: 3, 3: 1 }, "是“部门1”的下属单位"],
  ])("refuses %s", (_label, dept, parent, map, message) => {
    expect(() => checkParent(dept, parent, links(map))).toThrow(message);
  });
  test("accepts a live parent outside its own units, and clearing the parent", () => {
    expect(() => checkParent(node(1), node(2, 4), links({ 2: 4, 4: null }))).not.toThrow();
    expect(() => checkParent(node(1, 2), null, links({}))).not.toThrow();
  });
});

describe("checkMerge", () => {
  test.each([
    ["into itself", node(1), node(1), {}, "不能把部门合并到它自己"],
    ["an already merged source", node(1, null, 5), node(2), {}, "已经并入其他部门"],
    ["into a merged target", node(1), node(2, null, 3), { 2: 3 }, "本身已并入其他部门"],
  ])("refuses %s", (_label, from, into, map, message) => {
    expect(() => checkMerge(from, into, links(map))).toThrow(message);
  });
  test("accepts a live target", () => {
    expect(() => checkMerge(node(1), node(2), links({}))).not.toThrow();
  });
});

describe("checkSplitNames", () => {
  const source = { name: "示例市农林局", normalizedName: "示例市农林局" };
  test("refuses duplicates and the source's own name", () => {
    expect(() => checkSplitNames(source, ["示例市林业局", "示例市林业局"])).toThrow("不能重复");
    expect(() => checkSplitNames(source, ["示例市农林局"])).toThrow("不能与原部门");
    expect(() => checkSplitNames(source, ["示例市林业局", "示例市农业局"])).not.toThrow();
  });
});

describe("departmentChangeSchema and describeChange", () => {
  const names = (id: number) => ({ 1: "示例市金融局", 2: "示例市人民政府办公室" })[id] ?? `#${id}`;
  test.each([
    [{ op: "merge", departmentId: "1", intoId: 2, year: "2022" }, "“示例市金融局”自 2022 年起并入“示例市人民政府办公室”"],
    [{ op: "rename", departmentId: 1, name: " 示例市地方金融管理局 ", year: 2024 }, "“示例市金融局”自 2024 年起更名为“示例市地方金融管理局”"],
    [{ op: "split", departmentId: 2, names: ["示例市信访局", "示例市机关事务局"], year: 2023 }, "“示例市人民政府办公室”自 2023 年起分设出“示例市信访局”、“示例市机关事务局”"],
    [{ op: "parent", departmentId: 1, parentId: null }, "“示例市金融局”不再隶属于上级部门"],
    [{ op: "parent", departmentId: 1, parentId: 2 }, "“示例市金融局”的上级部门设为“示例市人民政府办公室”"],
    [{ op: "region", departmentId: 1, regionCode: "990101" }, "“示例市金融局”的地区设为“示例市甲区”"],
    [{ op: "region", departmentId: 1, regionCode: null }, "“示例市金融局”改为未归属地区"],
  ])("%o", (input, summary) => {
    expect(describeChange(departmentChangeSchema.parse(input), names, (code) => (code === "990101" ? "示例市甲区" : code))).toBe(summary);
  });
  test.each([
    [{ op: "merge", departmentId: 1, year: 2022 }],
    [{ op: "rename", departmentId: 1, name: "局", year: 2024 }],
    [{ op: "split", departmentId: 1, names: [], year: 2024 }],
    [{ op: "delete", departmentId: 1 }],
    [{ op: "rename", departmentId: -1, name: "示例市财政局", year: 2024 }],
    [{ op: "region", departmentId: 1, regionCode: "上海市" }],
    [{ op: "region", departmentId: 1 }],
  ])("rejects %o", (input) => {
    expect(departmentChangeSchema.safeParse(input).success).toBe(false);
  });
});
