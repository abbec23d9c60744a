import { HeatmapChart } from "@/components/execution/heatmap-chart";
import { toHeatmapColumns } from "@/lib/charts";
import type { RegionRef } from "@/lib/domain/region-href";
import { rateLabel, type ExecutionBasis } from "@/lib/figures/execution";
import { shapeExecutionByYear, type ExecutionYearRow } from "@/lib/queries/execution/get-execution-by-year";

/**
 * The departments × years heatmap, rendered when its rows arrive: the page streams it after the code heatmap, so the
 * first chart does not wait for every year of every department.
 */
export async function ByYearSection({ rows, order, basis, region }: {
  rows: Promise<ExecutionYearRow[]>;
  order: ReadonlyArray<{ id: string; name: string }>;
  basis: ExecutionBasis;
  region: RegionRef;
}) {
  const byYear = shapeExecutionByYear(await rows, order, basis);
  const period = `${byYear.codes[0]?.code ?? ""}–${byYear.codes.at(-1)?.code ?? ""} 年度`;
  return <HeatmapChart columns={toHeatmapColumns(byYear)} title={`部门 × 年度 整体${rateLabel(basis)}`} period={period} linkYear={null} region={region} />;
}
