const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
/** 1980-01-01 00:00, the earliest DOS date: a fixed stamp so the same workbook zips to the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * exceljs zips with JSZip, which stamps every entry with the current time. Rewrites the DOS time/date fields of every
 * local and central-directory header in place; contents and CRCs are untouched, so the archive stays valid.
 */
export function fixZipTimestamps(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let p = 0; p + 46 <= out.length; ) {
    const signature = view.getUint32(p, true);
    if (signature === LOCAL_HEADER) {
      view.setUint16(p + 10, 0, true);
      view.setUint16(p + 12, DOS_DATE, true);
      p += 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true) + view.getUint32(p + 18, true);
    } else if (signature === CENTRAL_HEADER) {
      view.setUint16(p + 12, 0, true);
      view.setUint16(p + 14, DOS_DATE, true);
      p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    } else {
      break;
    }
  }
  return out;
}
