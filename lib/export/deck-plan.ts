import type { EChartsOption } from "echarts";
import { renderChartSvg, withoutDecals } from "./chart-svg";
import { svgToPng } from "./chart-png";
import type { DeckSlide, DeckSpec } from "./deck-types";
import { VISUAL_AREA } from "./deck-visual";

/**
 * A deck before its images exist: slides that cannot be a native PowerPoint chart carry the lib/charts option to
 * render server-side. Kept apart from DeckSpec so the composition of slides stays pure and testable.
 */
export interface DeckImageRequest {
  option: EChartsOption;
  /** Unit of the drawn values, printed in the slide's source line (the slide's title and source line frame the image). */
  unit?: string;
}

/**
 * Images are drawn at the slide area's size in points, one pixel to the point, so the builders' 12 px text prints
 * at 12 pt: a chart drawn for a wide screen and shrunk onto the slide printed at about 8 pt.
 */
export const SLIDE_IMAGE_SIZE = { width: Math.round(VISUAL_AREA.w * 72), height: Math.round(VISUAL_AREA.h * 72) };

export type DeckPlanSlide = Omit<DeckSlide, "imageSvg" | "imagePng"> & { image?: DeckImageRequest };

export interface DeckPlan extends Omit<DeckSpec, "slides"> {
  slides: DeckPlanSlide[];
  /** File name without extension, e.g. "咸宁市人民政府办公室-2024年度-汇报材料". */
  fileStem: string;
}

export interface MaterialiseOptions {
  /** false skips PNG (SVG images only), e.g. where sharp is missing or in tests that only read XML. */
  png?: boolean;
}

/** Renders every image request: PNG through sharp when available (every viewer shows it), SVG otherwise. */
export async function materialiseDeck(plan: DeckPlan, options: MaterialiseOptions = {}): Promise<DeckSpec> {
  const slides = await Promise.all(
    plan.slides.map(async ({ image, ...slide }): Promise<DeckSlide> => {
      if (image === undefined) return slide;
      const wantPng = options.png !== false;
      const option = wantPng ? withoutDecals(image.option) : image.option;
      const svg = renderChartSvg({ ...option, backgroundColor: "#ffffff" }, SLIDE_IMAGE_SIZE);
      const png = wantPng ? await svgToPng(svg, 3) : null;
      const unit = image.unit === undefined ? {} : { unit: image.unit };
      return png === null ? { ...slide, ...unit, imageSvg: svg } : { ...slide, ...unit, imagePng: png };
    }),
  );
  return { title: plan.title, ...(plan.subtitle === undefined ? {} : { subtitle: plan.subtitle }), generatedAt: plan.generatedAt, slides, findings: plan.findings,
    ...(plan.findingsTotal === undefined ? {} : { findingsTotal: plan.findingsTotal }) };
}
