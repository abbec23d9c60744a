import { NextResponse } from "next/server";
import { notFound } from "@/lib/api/errors";
import { IdParams } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { deleteReportAs } from "@/lib/ingest/delete-report";
import { getReport } from "@/lib/queries/get-report";

export const runtime = "nodejs";

/** GET /api/reports/{id}: the stored report in the parse JSON shape, with its version metadata. */
export const GET = route({ auth: "viewer", params: IdParams }, async ({ viewer, params }) => {
  const report = await getReport(viewer, params.id);
  if (!report) throw notFound(`报告 #${params.id}`);
  const { parsed, ...meta } = report;
  return NextResponse.json({ ...parsed, report: meta });
});

/** DELETE /api/reports/{id} (admin): removes one version; the previous version becomes current again. */
export const DELETE = route({ auth: "admin", params: IdParams }, async ({ viewer, params, actor }) => {
  const result = await deleteReportAs(viewer, params.id, actor.name);
  if (!result) throw notFound(`报告 #${params.id}`);
  return NextResponse.json({ deleted: params.id, promotedReportId: result.promotedReportId });
});
