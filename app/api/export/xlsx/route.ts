import { route } from "@/lib/api/route";
import { attachmentHeader } from "@/lib/export/briefing";
import { exportFileStem, MAX_EXPORT_BYTES, XlsxRequestSchema } from "@/lib/export/data-table-schema";
import { toXlsx } from "@/lib/export/xlsx";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * POST /api/export/xlsx {tables: DataTable[], fileName?} → workbook. The tables are what the chart cards show (their
 * builders' to*Table twins), so the file and the screen agree; the server only converts them (numbers as numbers in
 * 万元). Signed-in viewers only (a cookie session also sends its CSRF token), bodies over 2 MB refused while reading.
 */
export const POST = route({ auth: "viewer", body: XlsxRequestSchema, maxBodyBytes: MAX_EXPORT_BYTES }, async ({ body }) => {
  const { tables, fileName } = body;
  const first = tables[0]!;
  const bytes = await toXlsx(tables, { generatedAt: new Date() });
  const stem = fileName === undefined ? exportFileStem(first.title, first.period) : exportFileStem(fileName);
  return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
    headers: { "content-type": XLSX_MIME, "content-disposition": attachmentHeader(`${stem}.xlsx`), "cache-control": "private, no-store" },
  });
});
