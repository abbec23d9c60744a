import PptxGenJS from "pptxgenjs";
import { addVisual, DECK_FONT, DECK_MIN_FONT, tableNotes, VISUAL_AREA } from "./deck-visual";
import type { DeckFinding, DeckSlide, DeckSpec } from "./deck-types";
import { formatDate } from "@/lib/figures/format";

export type { DeckChart, DeckChartType, DeckFinding, DeckSlide, DeckSpec } from "./deck-types";

/** LAYOUT_16x9 is 10 × 5.625 inches; positions below are in inches. */
const WIDTH = 10;
const MARGIN = 0.4;
const INK = "1F2937";
const MUTED = "6B7280";
const ACCENT = "1F4E79";
/** Eight findings at a readable size; the rest are counted, and the department page lists them all. */
const FINDINGS_SHOWN = 8;
const FINDING_CHARS = 110;

const SEVERITY_LABEL: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };

function addSlideTitle(slide: PptxGenJS.Slide, title: string): void {
  slide.addShape("rect", { x: 0, y: 0, w: WIDTH, h: 0.08, fill: { color: ACCENT }, line: { color: ACCENT } });
  slide.addText(title, { x: MARGIN, y: 0.2, w: WIDTH - 2 * MARGIN, h: 0.6, fontFace: DECK_FONT, fontSize: 22, bold: true, color: INK });
}

function sourceLine(spec: DeckSlide): string {
  const parts = [
    `数据来源：${spec.source ?? spec.table?.source ?? "未注明"}`,
    (spec.chart?.unit ?? spec.unit) ? `单位：${spec.chart?.unit ?? spec.unit}` : null,
    spec.table?.period ? `期间：${spec.table.period}` : null,
  ];
  return parts.filter((part): part is string => part !== null).join("　|　");
}

function addTitleSlide(pptx: PptxGenJS, spec: DeckSpec): void {
  const slide = pptx.addSlide();
  slide.background = { color: "FFFFFF" };
  slide.addShape("rect", { x: 0, y: 0, w: WIDTH, h: 0.35, fill: { color: ACCENT }, line: { color: ACCENT } });
  slide.addText(spec.title, { x: MARGIN, y: 1.6, w: WIDTH - 2 * MARGIN, h: 1.0, fontFace: DECK_FONT, fontSize: 32, bold: true, color: INK, align: "center" });
  if (spec.subtitle) {
    slide.addText(spec.subtitle, { x: MARGIN, y: 2.7, w: WIDTH - 2 * MARGIN, h: 0.6, fontFace: DECK_FONT, fontSize: 18, color: MUTED, align: "center" });
  }
  slide.addText(`生成日期：${formatDate(spec.generatedAt)}`, {
    x: MARGIN, y: 4.4, w: WIDTH - 2 * MARGIN, h: 0.4, fontFace: DECK_FONT, fontSize: 12, color: MUTED, align: "center",
  });
}

function addContentSlide(pptx: PptxGenJS, spec: DeckSlide): void {
  const slide = pptx.addSlide();
  addSlideTitle(slide, spec.title);
  const visual = addVisual(slide, spec, VISUAL_AREA);
  const textBox = visual === "none" ? { x: MARGIN, w: WIDTH - 2 * MARGIN } : { x: 6.7, w: WIDTH - 6.7 - MARGIN };
  slide.addText(spec.narrative, {
    ...textBox, y: 1.0, h: 3.85, fontFace: DECK_FONT, fontSize: 14, color: INK, valign: "top", paraSpaceAfter: 6, fit: "shrink",
  });
  slide.addText(sourceLine(spec), { x: MARGIN, y: 5.1, w: WIDTH - 2 * MARGIN, h: 0.3, fontFace: DECK_FONT, fontSize: DECK_MIN_FONT, color: MUTED });
  if (spec.table !== undefined) slide.addNotes(tableNotes(spec.table));
}

function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length > FINDING_CHARS ? `${chars.slice(0, FINDING_CHARS - 1).join("")}…` : text;
}

function addFindingsSlide(pptx: PptxGenJS, findings: readonly DeckFinding[], total: number): void {
  const slide = pptx.addSlide();
  addSlideTitle(slide, "审核发现");
  const area = { x: MARGIN, y: 1.0, w: WIDTH - 2 * MARGIN, h: 4.0 };
  if (findings.length === 0) {
    slide.addText("未发现审核问题", { ...area, fontFace: DECK_FONT, fontSize: 18, color: INK, align: "center", valign: "middle" });
    return;
  }
  const shown = findings.slice(0, FINDINGS_SHOWN).map((finding) => ({
    text: `【${SEVERITY_LABEL[finding.severity] ?? finding.severity}】${clip(finding.message)}`,
    options: { bullet: true, breakLine: true, color: finding.severity === "error" ? "B91C1C" : INK },
  }));
  const rest = Math.max(total, findings.length) - shown.length;
  const lines = rest > 0 ? [...shown, { text: `另有${rest}条，见审核报告`, options: { bullet: false, breakLine: true, color: MUTED } }] : shown;
  slide.addText(lines, { ...area, fontFace: DECK_FONT, fontSize: 13, valign: "top", paraSpaceAfter: 6, fit: "shrink" });
}

/**
 * A 16:9 briefing deck: a title slide, one slide per entry (native chart or image, narrative, source line; the
 * slide's table in the speaker notes) and a closing slide listing the 审核 findings.
 */
export async function buildDeck(spec: DeckSpec): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_16x9";
  pptx.title = spec.title;
  pptx.subject = spec.subtitle ?? spec.title;
  pptx.author = "Fiscal Lens 财政决算透视";
  pptx.company = "Fiscal Lens";
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };

  addTitleSlide(pptx, spec);
  for (const slide of spec.slides) addContentSlide(pptx, slide);
  addFindingsSlide(pptx, spec.findings, spec.findingsTotal ?? spec.findings.length);

  const output = await pptx.write({ outputType: "uint8array" });
  if (!(output instanceof Uint8Array)) throw new Error("pptxgenjs did not return bytes for outputType uint8array");
  return output;
}
