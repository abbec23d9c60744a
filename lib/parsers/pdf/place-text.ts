import type { PlacedText } from "@/lib/parsers/pdf/build-rows";
import { RADICAL_TO_IDEOGRAPH } from "@/lib/parsers/pdf/cjk-radicals";

/** The fields of a pdfjs TextItem this reader relies on (kept structural so the layout code is testable alone). */
export interface RawTextItem {
  str: string;
  transform: readonly number[];
  width: number;
}

type Matrix = readonly [number, number, number, number, number, number];

/** The page as pdfjs's viewport (scale 1) describes it: matrix from PDF space to top-down points, and the size. */
export interface PageFrame {
  transform: readonly number[];
  width: number;
  height: number;
}

export interface PlacedPage {
  items: PlacedText[];
  /** Height of the page in the reading orientation (the width when the text runs sideways on the sheet). */
  height: number;
}

type Quarter = 0 | 1 | 2 | 3;

/** Text turned further than this from a quarter turn is a watermark or a stamp, not table or body text. */
const MAX_SKEW = 0.05;

/**
 * Puts pdfjs text runs into top-down page coordinates in the page's reading orientation. The viewport matrix folds in
 * /Rotate and the crop box offset; beyond that, a landscape table drawn sideways on a portrait sheet (no /Rotate) is
 * turned upright by reading every run in the orientation most of the page's text has. Runs in any other direction
 * (a vertical margin note, a diagonal watermark) are left out.
 */
export function placeTextItems(items: readonly RawTextItem[], frame: PageFrame): PlacedPage {
  const viewport = toMatrix(frame.transform);
  const oriented: Array<{ text: string; quarter: Quarter; e: number; f: number; width: number; fontSize: number }> = [];
  for (const item of items) {
    const own = toMatrix(item.transform);
    if (!viewport || !own || item.str.trim() === "") continue;
    const [a, b, c, d, e, f] = multiply(viewport, own);
    const fontSize = Math.hypot(c, d);
    const quarter = quarterOf(a, b);
    if (quarter === undefined || fontSize === 0) continue;
    oriented.push({ text: normalizeGlyphs(item.str), quarter, e, f, width: Math.max(item.width, 0), fontSize });
  }
  const quarter = dominantQuarter(oriented);
  const turn = turnBack(quarter, frame.width, frame.height);
  return {
    items: oriented
      .filter((item) => item.quarter === quarter)
      .map(({ text, e, f, width, fontSize }) => ({ text, ...turn.point(e, f), width, fontSize })),
    height: turn.height,
  };
}

/** Which quarter turn the run's direction (a, b) is, in top-down coordinates; undefined when it is skewed. */
function quarterOf(a: number, b: number): Quarter | undefined {
  const length = Math.hypot(a, b);
  if (length === 0) return undefined;
  const [x, y] = [a / length, b / length];
  if (Math.abs(y) <= MAX_SKEW) return x > 0 ? 0 : 2;
  if (Math.abs(x) <= MAX_SKEW) return y > 0 ? 1 : 3;
  return undefined;
}

function dominantQuarter(items: ReadonlyArray<{ text: string; quarter: Quarter }>): Quarter {
  const weight = [0, 0, 0, 0];
  for (const item of items) weight[item.quarter] = (weight[item.quarter] ?? 0) + item.text.length;
  let best: Quarter = 0;
  for (const quarter of [1, 2, 3] as const) if ((weight[quarter] ?? 0) > (weight[best] ?? 0)) best = quarter;
  return best;
}

/** Rotates top-down page points back by the text's quarter turn, keeping them inside the (turned) page box. */
function turnBack(quarter: Quarter, width: number, height: number) {
  switch (quarter) {
    case 1:
      return { point: (x: number, y: number) => ({ x: y, y: width - x }), height: width };
    case 2:
      return { point: (x: number, y: number) => ({ x: width - x, y: height - y }), height };
    case 3:
      return { point: (x: number, y: number) => ({ x: height - y, y: x }), height: width };
    default:
      return { point: (x: number, y: number) => ({ x, y }), height };
  }
}

/**
 * Chinese PDFs often map ideographs to radicals or compatibility ideographs ("⼈" for 人, "⻔" for 门); they look the
 * same but never match a label. Only those blocks are folded, so full-width punctuation stays as printed.
 */
export function normalizeGlyphs(text: string): string {
  return text.replace(
    /[\u2e80-\u2fdf\uf900-\ufaff]/gu,
    (glyph) => RADICAL_TO_IDEOGRAPH.get(glyph) ?? glyph.normalize("NFKC"),
  );
}

function toMatrix(values: readonly number[]): Matrix | undefined {
  if (values.length !== 6 || !values.every((value) => Number.isFinite(value))) return undefined;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = values;
  return [a, b, c, d, e, f];
}

function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}
