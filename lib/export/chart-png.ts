/**
 * SVG → PNG on the server through sharp (librsvg + fontconfig, so CJK text uses the system's Noto Sans CJK). sharp is
 * not a declared dependency: it ships with Next.js for image optimisation. It is loaded lazily and its absence is a
 * normal outcome (null), which the callers turn into a 501 or an SVG image in the deck.
 */
type SharpFactory = (input: Uint8Array, options: { density: number }) => { png(): { toBuffer(): Promise<Uint8Array> } };

let loaded: Promise<SharpFactory | null> | undefined;

function loadSharp(): Promise<SharpFactory | null> {
  // The specifier goes through a variable so bundlers leave it as a runtime import.
  const specifier = "sharp";
  loaded ??= import(/* webpackIgnore: true */ specifier).then(
    (module: { default?: unknown }) => (typeof module.default === "function" ? (module.default as SharpFactory) : null),
    () => null,
  );
  return loaded;
}

/** 72 dpi is SVG's 1 px = 1 pt; twice that gives the 2× pixel ratio of the browser export. */
const DENSITY_PER_SCALE = 72;

export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array | null> {
  const sharp = await loadSharp();
  if (sharp === null) return null;
  const bytes = await sharp(new TextEncoder().encode(svg), { density: DENSITY_PER_SCALE * scale }).png().toBuffer();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export async function pngRendererAvailable(): Promise<boolean> {
  return (await loadSharp()) !== null;
}
