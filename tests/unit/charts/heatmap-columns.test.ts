import { describe, expect, test } from "vitest";
import { fromHeatmapColumns, heatmapColumnsHref, packHeatmap, toHeatmapColumns, unpackHeatmap } from "@/lib/charts/heatmap-columns";
import type { HeatmapDto } from "@/lib/charts/dto";

const dto: HeatmapDto = {
  departments: [{ id: "7", name: "示例市财政局" }, { id: "3", name: "示例市教育局" }],
  codes: [{ code: "201", name: "一般公共服务支出" }, { code: "205", name: "教育支出" }],
  cells: [
    { departmentId: "7", code: "201", budget: "1200000.00", actual: "1187654.32" },
    { departmentId: "3", code: "205", budget: null, actual: "99.01" },
    { departmentId: "3", code: "201", budget: "0.00", actual: null },
  ],
  basis: "full",
};

describe("heatmap columns", () => {
  test("round-trip keeps every department, code, cell and exact amount", () => {
    expect(fromHeatmapColumns(toHeatmapColumns(dto))).toEqual(dto);
  });

  test("packed as one JSON string for the page, unpacked in the browser to the same heatmap", () => {
    const packed = packHeatmap(dto);
    expect(typeof packed).toBe("string");
    expect(unpackHeatmap(packed)).toEqual(dto);
    expect(packHeatmap(dto)).toBe(packed);
  });

  test("ids and names travel once; cells as indices", () => {
    const columns = toHeatmapColumns(dto);
    expect(columns.cellDepartment).toEqual([0, 1, 1]);
    expect(columns.cellCode).toEqual([0, 1, 0]);
    expect(JSON.stringify(columns).split("示例市教育局").length).toBe(2);
  });

  test("cells of unlisted departments or codes are dropped, no basis stays absent", () => {
    const { basis: _basis, ...plain } = dto;
    const extra = { ...plain, cells: [...plain.cells, { departmentId: "9", code: "201", budget: "1.00", actual: "1.00" }, { departmentId: "7", code: "299", budget: null, actual: "1.00" }] };
    const back = fromHeatmapColumns(toHeatmapColumns(extra));
    expect(back.cells).toEqual(plain.cells);
    expect("basis" in back).toBe(false);
  });

  test("a full grid (the by-year heatmap) travels without indices, its cells in grid order; amounts exact, whole ones without .00", () => {
    const full: HeatmapDto = {
      departments: dto.departments,
      codes: dto.codes,
      cells: [
        { departmentId: "3", code: "205", budget: "-12.50", actual: "0.00" },
        { departmentId: "7", code: "201", budget: "8066900.00", actual: "7874200.01" },
        { departmentId: "3", code: "201", budget: null, actual: "10.10" },
        { departmentId: "7", code: "205", budget: "1.00", actual: null },
      ],
    };
    const columns = toHeatmapColumns(full);
    expect(columns.cellDepartment).toBeUndefined();
    expect(columns.cellCode).toBeUndefined();
    expect(columns.budget).toBe("8066900,1,,-12.50");
    expect(columns.actual).toBe("7874200.01,,10.10,0");
    const order = (cells: HeatmapDto["cells"]) => [...cells].sort((a, b) => `${a.departmentId}${a.code}`.localeCompare(`${b.departmentId}${b.code}`));
    const back = fromHeatmapColumns(columns);
    expect(order(back.cells)).toEqual(order(full.cells));
    expect(back.cells.map((c) => `${c.departmentId}:${c.code}`)).toEqual(["7:201", "7:205", "3:201", "3:205"]);
  });

  test("two cells at one position never make a grid: both are kept with their indices", () => {
    const twice: HeatmapDto = { departments: [dto.departments[0]!], codes: [dto.codes[0]!, dto.codes[1]!], cells: [
      { departmentId: "7", code: "201", budget: "1.00", actual: "1.00" },
      { departmentId: "7", code: "201", budget: "2.00", actual: "2.00" },
    ] };
    const columns = toHeatmapColumns(twice);
    expect(columns.cellCode).toEqual([0, 0]);
    expect(fromHeatmapColumns(columns)).toEqual(twice);
  });

  test("no cells, or one cell without amounts, survive the round trip", () => {
    const none: HeatmapDto = { departments: dto.departments, codes: dto.codes, cells: [] };
    expect(fromHeatmapColumns(toHeatmapColumns(none))).toEqual(none);
    const blank: HeatmapDto = { ...none, cells: [{ departmentId: "7", code: "205", budget: null, actual: null }] };
    expect(fromHeatmapColumns(toHeatmapColumns(blank))).toEqual(blank);
    const empty: HeatmapDto = { departments: [], codes: [], cells: [] };
    expect(fromHeatmapColumns(toHeatmapColumns(empty))).toEqual(empty);
  });

  test("the charts fetch their columns with the view's resolved parameters and its region", () => {
    expect(heatmapColumnsHref({ view: "years", year: 2024, level: "项", sort: "rate", basis: "full", region: { code: "9901", sub: true } }))
      .toBe("/api/analytics/execution?format=columns&view=years&year=2024&level=%E9%A1%B9&sort=rate&basis=full&region=9901&sub=1");
    // No basis in the page's URL: none in the fetch either, so both resolve it alike and share one computation.
    expect(heatmapColumnsHref({ view: "code", year: 2023, level: "类", sort: "size", region: { code: null, sub: false } }))
      .toBe("/api/analytics/execution?format=columns&view=code&year=2023&level=%E7%B1%BB&sort=size&region=none");
  });
});
