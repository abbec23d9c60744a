import { buildDeck } from "./deck";
import { materialiseDeck, type DeckPlan, type MaterialiseOptions } from "./deck-plan";

export const PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/** A planned deck → PPTX bytes: chart images rendered server-side, then the slides written by pptxgenjs. */
export async function renderBriefing(plan: DeckPlan, options: MaterialiseOptions = {}): Promise<Uint8Array> {
  return buildDeck(await materialiseDeck(plan, options));
}

/** Content-Disposition with a UTF-8 file name (RFC 6266/5987) and an ASCII fallback for old clients. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
