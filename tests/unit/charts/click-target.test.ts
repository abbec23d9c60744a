import { describe, expect, test } from "vitest";
import { fillHref } from "@/lib/charts/click-target";

describe("fillHref", () => {
  test.each([
    ["/departments/{departmentId}?code={code}", { departmentId: "d1", code: "2010301", value: [0, 0, 96] }, "/departments/d1?code=2010301"],
    ["/explore?code={code}", { code: "201", name: "一般公共服务支出" }, "/explore?code=201"],
    ["/departments/{departmentId}", { departmentId: "a b/c" }, "/departments/a%20b%2Fc"],
    ["/years/{year}", { year: 2024 }, "/years/2024"],
    ["/departments/{departmentId}", { code: "201" }, null],
    ["/explore?code={code}", null, null],
    ["/explore?code={code}", 42, null],
    ["/static", {}, "/static"],
  ])("%s with %o → %s", (template, data, expected) => {
    expect(fillHref(template, data)).toBe(expected);
  });
});
