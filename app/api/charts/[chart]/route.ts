import { z } from "zod";
import { ApiError, notFound } from "@/lib/api/errors";
import { route } from "@/lib/api/route";
import { attachmentHeader } from "@/lib/export/briefing";
import { renderFramedChartSvg, withoutDecals } from "@/lib/export/chart-svg";
import { svgToPng } from "@/lib/export/chart-png";
import { formatDate } from "@/lib/figures/format";
import { chartKindOf, renderChart } from "./charts";
import { regionViewerForRequest } from "@/lib/api/region-params";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const NAME = /^([a-z-]+)\.(svg|png)$/;

/**
 * GET /api/charts/{chart}.svg|png?… — a page chart rendered on the server from the same query and builder, framed
 * with title, unit, period, source and export date. PNG goes through sharp when the server has it (it ships with
 * Next.js); without it the answer is 501 and the SVG remains available.
 */
export const GET = route({ auth: "viewer", params: z.object({ chart: z.string() }) }, async ({ viewer, params, url }) => {
  const match = NAME.exec(params.chart);
  const name = match?.[1] ?? "";
  if (match === null || chartKindOf(name) === undefined) throw notFound("图表");
  const format = match[2] as "svg" | "png";
  const chart = await renderChart(name, await regionViewerForRequest(viewer, url), Object.fromEntries(url.searchParams));
  if (chart === null) throw notFound("图表数据");
  const option = format === "png" ? withoutDecals(chart.option) : chart.option;
  const { svg } = renderFramedChartSvg(option, { ...chart.meta, exportedOn: formatDate(new Date()) }, chart.size);
  const headers = { "cache-control": "private, no-store" };
  if (format === "svg") {
    return new Response(svg, {
      headers: { ...headers, "content-type": "image/svg+xml; charset=utf-8", "content-disposition": attachmentHeader(`${chart.fileStem}.svg`).replace(/^attachment/, "inline") },
    });
  }
  const png = await svgToPng(svg, 2);
  if (png === null) throw new ApiError(501, "png_unavailable", "服务器未安装支持中文字体的 PNG 渲染组件（sharp），暂不能生成 PNG，请改用 .svg 或在页面上导出图片");
  return new Response(new Blob([png as Uint8Array<ArrayBuffer>]), {
    headers: { ...headers, "content-type": "image/png", "content-disposition": attachmentHeader(`${chart.fileStem}.png`).replace(/^attachment/, "inline") },
  });
});
