import { currentViewer } from "@/lib/auth/current-viewer";
import { ApiError, handle } from "@/lib/api/errors";
import { attachmentHeader } from "@/lib/export/briefing";
import { exportFileStem, MAX_EXPORT_BYTES, XlsxRequestSchema } from "@/lib/export/data-table-schema";
import { toXlsx } from "@/lib/export/xlsx";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * POST /api/export/xlsx {tables: DataTable[], fileName?} → workbook. The tables are what the chart cards show (their
 * builders' to*Table twins), so the file and the screen agree; the server only converts them (numbers as numbers in
 * 万元). Signed-in viewers only, bodies over 2 MB refused before parsing.
 */
export const POST = handle(async (request: Request) => {
  await currentViewer();
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_EXPORT_BYTES) throw new ApiError(413, "too_large", "导出数据过大");
  const body = await request.text();
  if (body.length > MAX_EXPORT_BYTES) throw new ApiError(413, "too_large", "导出数据过大");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ApiError(400, "bad_json", "请求内容不是有效的 JSON");
  }
  const { tables, fileName } = XlsxRequestSchema.parse(json);
  const first = tables[0]!;
  const bytes = await toXlsx(tables, { generatedAt: new Date() });
  const stem = fileName === undefined ? exportFileStem(first.title, first.period) : exportFileStem(fileName);
  return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
    headers: { "content-type": XLSX_MIME, "content-disposition": attachmentHeader(`${stem}.xlsx`), "cache-control": "private, no-store" },
  });
});
