import { NextResponse, type NextRequest } from "next/server";
import { handle } from "@/lib/api/errors";
import { currentViewer } from "@/lib/auth/current-viewer";
import { getOverview } from "@/lib/queries/overview/get-overview";
import { viewParams } from "@/lib/queries/overview/search-params";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/analytics/overview?year= — KPIs with the prior year, ranking, rate distribution, 需关注. */
export const GET = handle(async (request: NextRequest) => {
  const { year } = viewParams(request.nextUrl, ["year"]);
  return NextResponse.json(await getOverview(await currentViewer(), year));
});
