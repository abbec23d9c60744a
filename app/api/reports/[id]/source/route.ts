import { handle, notFound, parseId } from "@/lib/api/errors";
import { requestActor } from "@/lib/api/actor";
import { canSeeDepartment } from "@/lib/auth/viewer";
import { getReportSource } from "@/lib/queries/get-report";

export const runtime = "nodejs";

/** GET /api/reports/{id}/source: the original file exactly as imported (PDF opens inline, so #page=N links work). */
export const GET = handle(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const id = parseId((await ctx.params).id, "报告");
  const actor = await requestActor(request, "read");
  const source = await getReportSource(id);
  if (!source || !canSeeDepartment(actor.viewer, source.departmentId)) throw notFound(`报告 #${id} 的原始文件`);
  const inline = source.mediaType === "application/pdf" || source.mediaType.startsWith("text/");
  return new Response(Buffer.from(source.bytes), {
    headers: {
      "Content-Type": source.mediaType,
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(source.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=3600",
    },
  });
});
