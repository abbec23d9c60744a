import { perObject } from "../../cache/per-object";
import { pack, type Packed } from "../../cache/packed";
import type { HistogramDto } from "../../charts/dto";

/**
 * The overview page's rate distribution as its chart needs it: the rates only, packed once per shared overview. Who
 * each rate belongs to (1,000 departments' ids and names, ~30 KB of the page's flight data and ~20% of its server CPU)
 * is read from the overview API when a bar is first clicked (components/overview/overview-charts.tsx).
 */
export const packHistogramBars: (rates: HistogramDto) => Packed<HistogramDto> = perObject((rates: HistogramDto) =>
  pack({ rates: rates.rates, listsOnClick: true }));
