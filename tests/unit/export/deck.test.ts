import { beforeAll, describe, expect, test } from "vitest";
import type { DataTable } from "@/lib/data-table";
import { buildDeck, type DeckSpec } from "@/lib/export/deck";
import { containBox, pngSize, svgSize, toBase64 } from "@/lib/export/deck-media";
import { partsMatching, readPptx, type PptxParts } from "./pptx-reader";

const PNG_1X1 = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"),
);
const SVG = '<svg width="800" height="450" xmlns="http://www.w3.org/2000/svg"><text>示意图</text></svg>';

const table: DataTable = {
  title: "三公经费",
  period: "2024年度",
  source: "公开09表",
  columns: [
    { key: "item", label: "项目", kind: "text" },
    { key: "actual", label: "决算数", kind: "amount" },
  ],
  rows: [
    { item: "公务接待费", actual: "123400.00" },
    { item: "公务用车运行维护费", actual: "2907900.00" },
  ],
};

const spec: DeckSpec = {
  title: "咸宁市人民政府办公室 2024年度决算简报",
  subtitle: "部门决算公开数据分析",
  generatedAt: new Date("2026-11-27T20:00:00Z"),
  slides: [
    {
      title: "支出总体情况",
      narrative: "2024年支出2,907.92万元，同比增长27.71%。",
      chart: { type: "bar", categories: ["2023年", "2024年"], series: [{ name: "支出", values: [2276.99, 2907.92] }], unit: "万元" },
      source: "公开01表",
    },
    {
      title: "支出结构",
      narrative: "基本支出占61.90%。",
      chart: { type: "doughnut", categories: ["基本支出", "项目支出"], series: [{ name: "金额", values: [1800, 1107.92] }], unit: "万元" },
    },
    {
      title: "多系列饼图改用图片",
      narrative: "两年对比见图。",
      chart: { type: "pie", categories: ["甲", "乙"], series: [{ name: "2023", values: [1, 2] }, { name: "2024", values: [3, 4] }], unit: "万元" },
      imagePng: PNG_1X1,
    },
    { title: "矢量图", narrative: "SVG 图片。", imageSvg: SVG },
    { title: "三公经费明细", narrative: "公务用车运行维护费最多。", table },
    { title: "文字页", narrative: "仅有文字说明。" },
  ],
  findings: [
    { severity: "error", message: "公开01表本年支出合计与公开03表合计不一致" },
    { severity: "info", message: "三公合计相差0.01万元，可能为取整误差" },
  ],
};

describe("buildDeck", () => {
  let parts: PptxParts;
  let slideXml: string[];
  beforeAll(async () => {
    parts = await readPptx(await buildDeck(spec));
    slideXml = await Promise.all(
      Array.from({ length: spec.slides.length + 2 }, (_, index) => parts.text(`ppt/slides/slide${index + 1}.xml`)),
    );
  });

  test("content types declare every slide and chart", async () => {
    const types = await parts.text("[Content_Types].xml");
    expect(types).toMatch(/^<\?xml/);
    expect(types).toContain("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");
    for (let n = 1; n <= spec.slides.length + 2; n += 1) expect(types).toContain(`/ppt/slides/slide${n}.xml`);
    expect(types).toContain("/ppt/charts/chart");
  });

  test("title slide + one per entry + closing slide", () => {
    expect(partsMatching(parts, /^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(spec.slides.length + 2);
    expect(slideXml[0]).toContain(spec.title);
    expect(slideXml[0]).toContain("生成日期：2026-11-28");
  });

  test("native charts for bar and doughnut, and for the multi-series pie only when no image is given", async () => {
    const charts = partsMatching(parts, /^ppt\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(2);
    const xml = (await Promise.all(charts.map((name) => parts.text(name)))).join("");
    expect(xml).toContain("<c:barChart>");
    expect(xml).toContain("<c:doughnutChart>");
    expect(xml).toContain("2907.92");
    expect(xml).toContain("基本支出");
    expect(partsMatching(parts, /^ppt\/embeddings\/.*\.xlsx$/)).toHaveLength(2);
  });

  test("images are embedded as media", () => {
    expect(partsMatching(parts, /^ppt\/media\/.*\.png$/).length).toBeGreaterThanOrEqual(1);
    expect(partsMatching(parts, /^ppt\/media\/.*\.svg$/)).toHaveLength(1);
    expect(slideXml[4]).toContain("svgBlip");
  });

  test.each(spec.slides.map((slide, index) => [index + 2, slide.title, slide.narrative] as const))(
    "slide %i has its title and narrative",
    (number, title, narrative) => {
      expect(slideXml[number - 1]).toContain(title);
      expect(slideXml[number - 1]).toContain(narrative);
      expect(slideXml[number - 1]).toContain("数据来源：");
    },
  );

  test("source line falls back to the table, table goes to a native table and the notes", async () => {
    expect(slideXml[1]).toContain("数据来源：公开01表　|　单位：万元");
    expect(slideXml[5]).toContain("数据来源：公开09表　|　期间：2024年度");
    expect(slideXml[5]).toContain("<a:tbl>");
    expect(slideXml[5]).toContain("290.79");
    expect(slideXml[6]).toContain("数据来源：未注明");
    const notes = await parts.text("ppt/notesSlides/notesSlide6.xml");
    expect(notes).toContain("决算数（万元）");
    expect(notes).toContain("12.34");
  });

  test("closing slide lists findings with severity labels", () => {
    const closing = slideXml[slideXml.length - 1]!;
    expect(closing).toContain("审核发现");
    expect(closing).toContain("【错误】公开01表本年支出合计与公开03表合计不一致");
    expect(closing).toContain("【提示】三公合计相差0.01万元，可能为取整误差");
  });

  test("Chinese font on text runs, with the GB2312 charset hint for substitution", () => {
    expect(slideXml[1]).toContain('<a:ea typeface="Microsoft YaHei" pitchFamily="34" charset="-122"/>');
  });
});

describe("buildDeck edge cases", () => {
  test("no findings says so", async () => {
    const parts = await readPptx(await buildDeck({ ...spec, slides: [], findings: [] }));
    expect(partsMatching(parts, /^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(2);
    expect(await parts.text("ppt/slides/slide2.xml")).toContain("未发现审核问题");
  });

  test("a series that does not match its categories is refused", async () => {
    const broken = { title: "坏数据", narrative: "", chart: { type: "bar" as const, categories: ["a", "b"], series: [{ name: "s", values: [1] }], unit: "万元" } };
    await expect(buildDeck({ ...spec, slides: [broken] })).rejects.toThrow(/needs 2 finite values/);
  });
});

describe("deck media helpers", () => {
  test.each([[""], ["a"], ["ab"], ["abc"], ["财政决算"]])("toBase64(%j) matches Buffer", (text) => {
    const bytes = new TextEncoder().encode(text);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });

  test("image sizes and fitting", () => {
    expect(pngSize(PNG_1X1)).toEqual({ width: 1, height: 1 });
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(svgSize(SVG)).toEqual({ width: 800, height: 450 });
    expect(svgSize('<svg viewBox="0 0 400 300"></svg>')).toEqual({ width: 400, height: 300 });
    expect(containBox({ x: 0, y: 0, w: 6, h: 6 }, { width: 800, height: 400 })).toEqual({ x: 0, y: 1.5, w: 6, h: 3 });
  });
});
