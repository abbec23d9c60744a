import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { route } from "@/lib/api/route";

export const runtime = "nodejs";

/** Only pdf.js's packed CMap files, by plain name: no path can leave the cmaps folder. */
const CmapParams = z.object({ name: z.string().regex(/^[A-Za-z0-9-]{1,64}\.bcmap$/) });

/**
 * GET /api/pdfjs/cmaps/{name}: the predefined CMaps pdf.js needs in the browser to draw PDFs that use non-embedded
 * CJK fonts (STSong-Light with UniGB-UCS2-H), served from the installed package, never fetched from elsewhere.
 */
export const GET = route({ auth: "public", params: CmapParams }, async ({ params }) => {
  const folder = path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "cmaps");
  const bytes = await readFile(path.join(folder, params.name)).catch(() => null);
  if (bytes === null) throw notFound(`CMap ${params.name}`);
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": "application/octet-stream", "Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff" },
  });
});
