import type { PlacedText } from "@/lib/parsers/pdf/build-rows";
import { RADICAL_TO_IDEOGRAPH } from "@/lib/parsers/pdf/cjk-radicals";

/** The fields of a pdfjs TextItem this reader relies on (kept structural so the layout code is testable alone). */
export interface RawTextItem {
  str: string;
  transform: readonly number[];
  width: number;
}

type Matrix = readonly [number, number, number, number, number, number];

/** Text turned further than this from horizontal is a watermark or a stamp, not table or body text. */
const MAX_SKEW = 0.05;

/**
 * Puts pdfjs text runs into top-down page coordinates. The viewport matrix (scale 1) folds in /Rotate and the crop
 * box offset, so landscape tables stored as rotated portrait pages come out the right way up.
 */
export function placeTextItems(items: readonly RawTextItem[], viewportTransform: readonly number[]): PlacedText[] {
  const viewport = toMatrix(viewportTransform);
  const placed: PlacedText[] = [];
  for (const item of items) {
    const own = toMatrix(item.transform);
    if (!viewport || !own || item.str.trim() === "") continue;
    const [a, b, c, d, e, f] = multiply(viewport, own);
    const fontSize = Math.hypot(c, d);
    const horizontal = a > 0 && Math.abs(b) <= MAX_SKEW * Math.abs(a) && Math.abs(c) <= MAX_SKEW * Math.abs(d);
    if (!horizontal || fontSize === 0) continue;
    placed.push({ text: normalizeGlyphs(item.str), x: e, y: f, width: Math.max(item.width, 0), fontSize });
  }
  return placed;
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
