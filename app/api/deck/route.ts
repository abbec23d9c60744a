import { z } from "zod";
import { ApiError, badRequest, notFound } from "@/lib/api/errors";
import { dbId, MAX_DB_ID, year } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { attachmentHeader, PPTX_MIME, renderBriefing } from "@/lib/export/briefing";
import { compareDeckPlan } from "@/lib/export/deck-compare";
import { departmentDeckPlan } from "@/lib/export/deck-department";
import { overviewDeckPlan } from "@/lib/export/deck-overview";
import type { DeckPlan } from "@/lib/export/deck-plan";
import { getCompareDeckData } from "@/lib/queries/deck/get-compare-deck-data";
import { getDepartmentDeckData } from "@/lib/queries/deck/get-department-deck-data";
import { getOverviewDeckData } from "@/lib/queries/deck/get-overview-deck-data";
import { getDepartmentRegionCode } from "@/lib/queries/region/get-department-region-code";
import { findRegionViewer } from "@/lib/queries/region/region-scope";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const DeckQuery = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("overview"), year }),
  z.object({ kind: z.literal("department"), id: dbId, year }),
  z.object({
    kind: z.literal("compare"),
    year,
    ids: z
      .string()
      .transform((raw) => raw.split(",").filter((part) => part.trim() !== ""))
      .pipe(z.array(z.coerce.number<string>().int().positive().max(MAX_DB_ID)).min(2, "请选择 2–6 个部门").max(6, "请选择 2–6 个部门"))
      .refine((ids) => new Set(ids).size === ids.length, "部门不能重复"),
  }),
]);

/**
 * GET /api/deck?kind=overview&year=Y | kind=department&id=D&year=Y | kind=compare&ids=a,b,c&year=Y → PPTX briefing.
 * Data through the same lib/queries functions as the pages, scoped to the viewer: a department outside the viewer's
 * scope is a 404, exactly as on its page.
 */
export const GET = route({ auth: "viewer", query: DeckQuery }, async ({ viewer: user, query, url }) => {
  // The figures' region: ?region=&sub=, else the home region; a department briefing defaults to the department's own.
  const region = url.searchParams.get("region") ?? (query.kind === "department" ? await getDepartmentRegionCode(user, query.id) : undefined);
  const viewer = await findRegionViewer(user, { region, sub: url.searchParams.get("sub") ?? undefined }, true);
  if (viewer === null) throw badRequest(`未知的地区代码“${region}”`, { region });
  const now = new Date();
  let plan: DeckPlan | null;
  switch (query.kind) {
    case "overview": {
      const data = await getOverviewDeckData(viewer, query.year);
      plan = data === null ? null : overviewDeckPlan(data, now);
      break;
    }
    case "department": {
      const data = await getDepartmentDeckData(viewer, query.id, query.year);
      plan = data === null ? null : departmentDeckPlan(data, now);
      break;
    }
    case "compare": {
      const data = await getCompareDeckData(viewer, query.ids, query.year);
      plan = data === null ? null : compareDeckPlan(data, now);
      break;
    }
  }
  if (plan === null) throw notFound(`${query.year}年度可导出的数据`);
  if (plan.slides.length === 0) throw new ApiError(422, "empty_deck", "没有可生成汇报材料的数据");
  const bytes = await renderBriefing(plan);
  return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
    headers: {
      "content-type": PPTX_MIME,
      "content-disposition": attachmentHeader(`${plan.fileStem}.pptx`),
      "cache-control": "private, no-store",
    },
  });
});
