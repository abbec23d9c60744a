import { describe, expect, test } from "vitest";
import { fromHeatmapColumns, heatmapShape, packHeatmap, toHeatmapColumns, unpackHeatmap } from "@/lib/charts/heatmap-columns";
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

  test("packed as one JSON string for the page, unpacked in the browser to the same heatmap; the card's shape beside it", () => {
    const packed = packHeatmap(dto);
    expect(typeof packed).toBe("string");
    expect(unpackHeatmap(packed)).toEqual(dto);
    expect(packHeatmap(dto)).toBe(packed);
    expect(heatmapShape(dto)).toEqual({ departments: 2, codes: 2, basis: "full" });
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
});
