import { NextResponse, type NextRequest } from "next/server";
import { handle } from "@/lib/api/errors";
import { currentViewer } from "@/lib/auth/current-viewer";
import { getExplore } from "@/lib/queries/explore/get-explore";
import { viewParams } from "@/lib/queries/overview/search-params";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/analytics/explore?code=&year= — one functional code across departments: total, children, spenders. */
export const GET = handle(async (request: NextRequest) => {
  return NextResponse.json(await getExplore(await currentViewer(), viewParams(request.nextUrl, ["code", "year"])));
});
