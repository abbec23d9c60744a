import { NextResponse, type NextRequest } from "next/server";
import { handle } from "@/lib/api/errors";
import { currentViewer } from "@/lib/auth/current-viewer";
import { viewParams } from "@/lib/queries/overview/search-params";
import { getSangongCity } from "@/lib/queries/sangong/get-sangong-city";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/analytics/sangong-city?from=&to= — city 三公 per item and year, 机关运行经费, departments, small multiples. */
export const GET = handle(async (request: NextRequest) => {
  return NextResponse.json(await getSangongCity(await currentViewer(), viewParams(request.nextUrl, ["from", "to"])));
});
