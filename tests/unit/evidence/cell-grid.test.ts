import { describe, expect, test } from "vitest";
import { gridRow } from "@/lib/evidence/cell-grid";

describe("gridRow", () => {
  test("a header merged over two columns spans them, so the next header sits above its data", () => {
    const header = gridRow([{ text: "项目", x0: 1, x1: 2 }, { text: "本年支出合计", x0: 3, x1: 3 }, { text: "基本支出", x0: 4, x1: 4 }]);
    const data = gridRow([{ text: "201", x0: 1, x1: 1 }, { text: "一般公共服务支出", x0: 2, x1: 2 }, { text: "792.51", x0: 3, x1: 3 }, { text: "687.12", x0: 4, x1: 4 }]);
    expect(header).toEqual([{ text: "项目", span: 2 }, { text: "本年支出合计", span: 1 }, { text: "基本支出", span: 1 }]);
    expect(data.map((c) => c.span)).toEqual([1, 1, 1, 1]);
  });

  test("empty columns between cells become blank cells of the right width", () => {
    expect(gridRow([{ text: "合计", x0: 1, x1: 2 }, { text: "1088.69", x0: 3, x1: 3 }, { text: "6", x0: 7, x1: 7 }])).toEqual([
      { text: "合计", span: 2 },
      { text: "1088.69", span: 1 },
      { text: "", span: 3 },
      { text: "6", span: 1 },
    ]);
  });

  test("cells without columns (plain text) follow one another; an overlapping cell is not drawn twice", () => {
    expect(gridRow([{ text: "a" }, { text: "b" }])).toEqual([{ text: "a", span: 1 }, { text: "b", span: 1 }]);
    expect(gridRow([{ text: "a", x0: 1, x1: 3 }, { text: "b", x0: 2, x1: 2 }, { text: "c", x0: 4, x1: 4 }]).map((c) => c.text)).toEqual(["a", "c"]);
  });
});
