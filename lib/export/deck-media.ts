/** Image bytes for pptxgenjs: base64 data URIs and intrinsic sizes, with no Node-only APIs so it runs anywhere. */

export interface PixelSize {
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const BASE64_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function toBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    out += BASE64_CHARS[(triple >> 18) & 63]! + BASE64_CHARS[(triple >> 12) & 63]!;
    out += i + 1 < bytes.length ? BASE64_CHARS[(triple >> 6) & 63]! : "=";
    out += i + 2 < bytes.length ? BASE64_CHARS[triple & 63]! : "=";
  }
  return out;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the PNG IHDR chunk; null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): PixelSize | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((value, index) => bytes[index] !== value)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** Size from the root element's width/height, else its viewBox; ECharts SSR output carries both. */
export function svgSize(svg: string): PixelSize | null {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (root === undefined) return null;
  const attr = (name: string) => new RegExp(`\\s${name}="([\\d.]+)(px)?"`).exec(root)?.[1];
  const width = Number(attr("width"));
  const height = Number(attr("height"));
  if (width > 0 && height > 0) return { width, height };
  const viewBox = /\sviewBox="[\d.\-]+[\s,]+[\d.\-]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(root);
  const vw = Number(viewBox?.[1]);
  const vh = Number(viewBox?.[2]);
  return vw > 0 && vh > 0 ? { width: vw, height: vh } : null;
}

/** Largest box of the image's aspect ratio that fits the area, centred; the whole area when the size is unknown. */
export function containBox(area: Box, size: PixelSize | null): Box {
  if (size === null) return area;
  const scale = Math.min(area.w / size.width, area.h / size.height);
  const w = size.width * scale;
  const h = size.height * scale;
  return { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h };
}

export function pngDataUri(bytes: Uint8Array): string {
  return `data:image/png;base64,${toBase64(bytes)}`;
}

export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${toBase64(new TextEncoder().encode(svg))}`;
}
