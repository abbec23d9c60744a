import { NextResponse } from "next/server";
import { route } from "@/lib/api/route";
import { getHomeRegionCode } from "@/lib/queries/region/home-region";
import { listRegionTree } from "@/lib/queries/region/list-regions";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/regions — the regions holding the viewer's departments, as a tree with department counts, and the home region. */
export const GET = route({ auth: "viewer" }, async ({ viewer }) => {
  const [tree, home] = await Promise.all([listRegionTree(viewer), getHomeRegionCode(viewer)]);
  return NextResponse.json({ home, ...tree });
});
