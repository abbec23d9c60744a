import { readFileSync } from "node:fs";
import path from "node:path";
import type { DocLine, SourceDoc } from "@/lib/parsers/document";

/**
 * A deliberately tiny stand-in for the real text reader: one DocLine per line, cells split on whitespace, and a new
 * page at every line that starts with a space (how the PDF-to-text export marks page breaks). Form feeds also break.
 */
export function textToDoc(text: string, pageBreak: "leading-space" | "formfeed" = "leading-space"): SourceDoc {
  const lines: DocLine[] = [];
  let page = 1;
  let seenContent = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const breaks = raw.startsWith("\f") || (pageBreak === "leading-space" && raw.startsWith(" ") && raw.trim() !== "");
    if (breaks && seenContent) page += 1;
    const clean = raw.replace(/\f/g, "");
    if (clean.trim() !== "") seenContent = true;
    lines.push({
      page,
      line: index + 1,
      text: clean,
      cells: clean.trim() === "" ? [] : clean.trim().split(/\s+/).map((cell) => ({ text: cell })),
    });
  });
  return { format: "text", pageCount: page, lines };
}

export function fixtureDoc(name: string): SourceDoc {
  return textToDoc(readFileSync(path.join(import.meta.dirname, "../../../fixtures", name), "utf8"));
}

/** `pdftotext -layout` output of a fixture PDF, kept next to these tests (pages end in form feeds). */
export function layoutDoc(name: string): SourceDoc {
  return textToDoc(readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8"), "formfeed");
}
