import { NextResponse } from "next/server";
import { z } from "zod";
import { route } from "@/lib/api/route";
import { ingestUpload } from "@/lib/ingest/ingest-upload";

export const runtime = "nodejs";

const Query = z.object({ dryRun: z.enum(["0", "1", "true", "false"]).optional() });

/** POST /api/reports (multipart `file`; `?dryRun=1` parses and checks without storing). */
export const POST = route({ auth: "analyst", query: Query }, async ({ request, query, actor }) => {
  const dryRun = query.dryRun === "1" || query.dryRun === "true";
  const result = await ingestUpload(request, { actor: actor.name, channel: actor.channel, dryRun });
  switch (result.status) {
    case "failed":
      return NextResponse.json({ error: result.error }, { status: 422 });
    case "dry_run":
      return NextResponse.json({
        dryRun: true, department: result.department, year: result.year, existingDepartment: result.existingDepartment,
        findings: result.findings, unread: result.unread, report: result.parsed, duplicateOf: result.duplicateOf,
      });
    case "duplicate":
      return NextResponse.json(
        {
          status: "duplicate", reportId: result.reportId, department: result.department, year: result.year, version: result.version,
          findings: result.findings, error: { code: "duplicate", message: `相同文件已导入（报告 #${result.reportId}），未重复保存`, details: {} },
        },
        { status: 409 },
      );
    default:
      return NextResponse.json(
        { status: result.status, reportId: result.reportId, departmentId: result.departmentId, department: result.department, year: result.year, version: result.version, findings: result.findings, unread: result.unread },
        { status: 201 },
      );
  }
});
