import { NextResponse, type NextRequest } from "next/server";
import { handle } from "@/lib/api/errors";
import { currentViewer } from "@/lib/auth/current-viewer";
import { getCompare } from "@/lib/queries/compare/get-compare";
import { viewParams } from "@/lib/queries/overview/search-params";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/analytics/compare?ids=a,b,c&year= — 2–6 departments side by side plus suggested peers of the first. */
export const GET = handle(async (request: NextRequest) => {
  return NextResponse.json(await getCompare(await currentViewer(), viewParams(request.nextUrl, ["ids", "year"])));
});
