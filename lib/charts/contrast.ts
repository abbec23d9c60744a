/**
 * WCAG contrast for label colours: a label drawn on a bar, tile or ring segment takes whichever of the dark text and
 * white has the higher contrast with that fill, so 白字 never lands on amber or sky blue.
 */
const WHITE = "#ffffff";

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rgb / #rrggbb colour (0 black … 1 white); null for anything else. */
export function luminance(hex: string): number | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (match === null) return null;
  const digits = match[1] ?? "";
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
  const [r, g, b] = [0, 2, 4].map((i) => channel(parseInt(full.slice(i, i + 2), 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** Contrast ratio 1…21 of two colours; 1 when either cannot be read. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return 1;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Dark text or white, whichever reads better on `fill`. */
export function labelColorOn(fill: string, dark: string): string {
  return contrastRatio(dark, fill) >= contrastRatio(WHITE, fill) ? dark : WHITE;
}
