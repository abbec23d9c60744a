/**
 * Writes small, valid PDFs byte by byte (with a correct xref table) so the reader's edge cases are tested on files
 * whose every byte is known, instead of on binary fixtures.
 */
export interface MinimalPage {
  /** The page's content stream (PDF operators). */
  content: string;
  /** Defaults to A4 portrait. */
  mediaBox?: [number, number, number, number];
  rotate?: number;
}

export interface MinimalPdfOptions {
  /** An /Encrypt dictionary body (without << >>), added with a file /ID. */
  encrypt?: string;
}

/**
 * A ToUnicode map sending every printable byte into the private-use area: what a subset font with a broken or
 * missing character map amounts to once decoded.
 */
const PRIVATE_USE_CMAP = [
  "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
  "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
  "/CMapName /Broken-UCS def /CMapType 2 def",
  "1 begincodespacerange <00> <FF> endcodespacerange",
  "1 beginbfrange <20> <7E> <E020> endbfrange",
  "endcmap CMapName currentdict /CMap defineresource pop end end",
].join("\n");

/**
 * F1 = Helvetica (WinAnsi); F2 = STSong-Light with the predefined UCS-2 CMap, as non-embedded Chinese PDFs use;
 * F3 = Helvetica whose ToUnicode map decodes to private-use code points (a text layer that is only noise).
 */
const FONT_RESOURCES = "<< /F1 3 0 R /F2 4 0 R /F3 7 0 R >>";
const FIXED_OBJECTS = [
  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>",
  "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light " +
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 6 0 R /DW 1000 >>",
  "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 " +
    "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 8 0 R >>",
  `<< /Length ${PRIVATE_USE_CMAP.length} >>\nstream\n${PRIVATE_USE_CMAP}\nendstream`,
];

export function buildPdf(pages: readonly MinimalPage[], options: MinimalPdfOptions = {}): Uint8Array {
  const firstPage = 3 + FIXED_OBJECTS.length;
  const pageIds = pages.map((_, index) => firstPage + index * 2);
  const objects: string[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`,
    ...FIXED_OBJECTS,
  ];
  pages.forEach((page, index) => {
    const box = (page.mediaBox ?? [0, 0, 595, 842]).join(" ");
    const rotate = page.rotate === undefined ? "" : ` /Rotate ${page.rotate}`;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [${box}]${rotate} /Resources << /Font ${FONT_RESOURCES} >> ` +
        `/Contents ${firstPage + index * 2 + 1} 0 R >>`,
      `<< /Length ${Buffer.byteLength(page.content, "latin1")} >>\nstream\n${page.content}\nendstream`,
    );
  });
  const encryptId = options.encrypt === undefined ? undefined : objects.push(`<< ${options.encrypt} >>`);
  return serialize(objects, encryptId);
}

function serialize(objects: readonly string[], encryptId: number | undefined): Uint8Array {
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  const id = "<0123456789abcdef0123456789abcdef>";
  const encrypt = encryptId === undefined ? "" : ` /Encrypt ${encryptId} 0 R /ID [${id} ${id}]`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}

/** A text run at (x, y) in PDF user space (y up); font F3 gives the same glyphs with an undecodable text layer. */
export function textAt(x: number, y: number, text: string, size = 10, font: "F1" | "F3" = "F1"): string {
  return `BT /${font} ${size} Tf ${x} ${y} Td (${text.replace(/[()\\]/g, "\\$&")}) Tj ET`;
}

/** Chinese text through the UCS-2 CMap: each character becomes its 4-hex-digit code. */
export function cjkTextAt(x: number, y: number, text: string, size = 10): string {
  const hex = [...text].map((char) => (char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")).join("");
  return `BT /F2 ${size} Tf ${x} ${y} Td <${hex}> Tj ET`;
}
