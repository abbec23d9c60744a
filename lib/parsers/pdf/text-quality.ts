import type { PageLayout } from "@/lib/parsers/pdf/running-lines";

/**
 * Characters a font without a usable Unicode map decodes to: private-use code points, control characters and the
 * replacement character. A real report's text layer has almost none of them.
 */
const UNDECODABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\ue000-\uf8ff]/gu;

/** Above this share of undecodable characters the text layer is noise, and reading it would only invent labels. */
const MAX_UNDECODABLE_SHARE = 0.3;

export interface TextLayerQuality {
  characters: number;
  undecodable: number;
}

export function measureTextLayer(layouts: readonly PageLayout[]): TextLayerQuality {
  let characters = 0;
  let undecodable = 0;
  for (const layout of layouts) {
    for (const row of layout.rows) {
      for (const cell of row.cells) {
        const text = cell.text.replace(/\s+/gu, "");
        characters += [...text].length;
        undecodable += text.match(UNDECODABLE)?.length ?? 0;
      }
    }
  }
  return { characters, undecodable };
}

export function isTextLayerUnreadable(quality: TextLayerQuality): boolean {
  return quality.characters > 0 && quality.undecodable / quality.characters > MAX_UNDECODABLE_SHARE;
}
