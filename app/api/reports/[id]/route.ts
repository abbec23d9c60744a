import { NextResponse } from "next/server";
import { handle, notFound, parseId } from "@/lib/api/errors";
import { requestActor } from "@/lib/api/actor";
import { getReport } from "@/lib/queries/get-report";

export const runtime = "nodejs";

/** GET /api/reports/{id}: the stored report in the parse JSON shape, with its version metadata. */
export const GET = handle(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const id = parseId((await ctx.params).id, "报告");
  await requestActor(request, "read");
  const report = await getReport(id);
  if (!report) throw notFound(`报告 #${id}`);
  const { parsed, ...meta } = report;
  return NextResponse.json({ ...parsed, report: meta });
});
