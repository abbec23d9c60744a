import { notFound } from "@/lib/api/errors";
import { IdParams } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { getReportSource } from "@/lib/queries/get-report";

export const runtime = "nodejs";

/** GET /api/reports/{id}/source: the original file exactly as imported (PDF opens inline, so #page=N links work). */
export const GET = route({ auth: "viewer", params: IdParams }, async ({ viewer, params }) => {
  const source = await getReportSource(viewer, params.id);
  if (!source) throw notFound(`报告 #${params.id} 的原始文件`);
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
