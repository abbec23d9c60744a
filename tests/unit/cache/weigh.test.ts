import { describe, expect, it } from "vitest";
import { weigh } from "@/lib/cache/weigh";

const profiles = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i, name: `示例市第${i}小学`, expenditure: `${i * 1000}.00`, kind: "事业" }));

describe("weigh", () => {
  it("counts text as its JSON does and grows with what a result holds", () => {
    expect(weigh("一般公共服务支出")).toBe(JSON.stringify("一般公共服务支出").length);
    expect(weigh({ code: "201" })).toBe(JSON.stringify({ code: "201" }).length);
    expect(weigh(profiles(100))).toBeGreaterThan(9 * weigh(profiles(10)));
    const json = JSON.stringify(profiles(1000)).length;
    expect(weigh(profiles(1000))).toBeGreaterThan(json * 0.8);
    expect(weigh(profiles(1000))).toBeLessThan(json * 1.2);
  });

  it("weighs bigints, dates, null and undefined without failing", () => {
    expect(weigh({ count: 12n, at: new Date(0), none: null, gone: undefined })).toBeGreaterThan(0);
  });

  it("does not weigh frozen parts again: they are earlier entries' results, shared by reference", () => {
    const picker = Object.freeze(profiles(1000).map((p) => Object.freeze(p)));
    const own = { ids: [1, 2, 3], title: "部门比较" };
    expect(weigh({ ...own, picker })).toBe(weigh({ ...own, picker: [] }) - 2);
    expect(weigh(picker)).toBe(0);
  });
});
