import { HeatmapChart } from "@/components/execution/heatmap-chart";
import { heatmapShape, packHeatmap } from "@/lib/charts";
import type { RegionRef } from "@/lib/domain/region-href";
import { rateLabel, type ExecutionBasis } from "@/lib/figures/execution";
import type { ExecutionByYearDto } from "@/lib/queries/execution/get-execution-by-year";

/**
 * The departments × years heatmap, rendered when it arrives: the page streams it after the code heatmap, so the
 * first chart does not wait for every year of every department.
 */
export async function ByYearSection({ byYear, basis, region }: { byYear: Promise<ExecutionByYearDto | null>; basis: ExecutionBasis; region: RegionRef }) {
  const dto = await byYear;
  if (dto === null) return null;
  const period = `${dto.codes[0]?.code ?? ""}–${dto.codes.at(-1)?.code ?? ""} 年度`;
  return <HeatmapChart packed={packHeatmap(dto)} shape={heatmapShape(dto)} title={`部门 × 年度 整体${rateLabel(basis)}`} period={period} linkYear={null} region={region} />;
}
