/**
 * The pairing map's colour roles and the checks that keep them apart for
 * readers with colour-vision deficiencies. The colours themselves live in
 * src/styles/global.css (custom properties, light and dark scheme); this
 * module reads them from the stylesheet so the tests check what ships.
 */

/** The roles a region or arc can take on the pairing map. */
export const MAP_ROLES = ['helper', 'helped', 'unpaired', 'nodata', 'arc'] as const;
export type MapRole = (typeof MAP_ROLES)[number];

/** One colour per role, as `#rrggbb`. */
export type MapPalette = Record<MapRole, string>;

export type ColorScheme = 'light' | 'dark';

/** Kinds of colour vision simulated by `simulateColorVision`. */
export type ColorVision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

/**
 * Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
 * Simulation of Color Vision Deficiency", IEEE TVCG 15(6), table of matrices
 * at severity 1.0; they act on linear RGB.
 */
const MACHADO_2009: Record<Exclude<ColorVision, 'normal'>, readonly number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

type Rgb = [number, number, number];
type Lab = [number, number, number];

/** Parses `#rgb` or `#rrggbb` to 0–255 channels; throws on anything else. */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`"${hex}" is not a hex colour (#rgb or #rrggbb).`);
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

const toLinear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (l: number) => {
  const v = Math.min(1, Math.max(0, l));
  return 255 * (v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055);
};

/**
 * What a colour looks like to a reader with the given colour vision
 * (Machado 2009, full severity), as 0–255 channels (not rounded).
 *
 * @example
 * simulateColorVision('#d55e00', 'deuteranopia') // ≈ [147, 134, 0]: vermillion turns olive
 */
export function simulateColorVision(hex: string, vision: ColorVision): Rgb {
  const rgb = parseHex(hex);
  if (vision === 'normal') return rgb;
  const lin = rgb.map(toLinear);
  const m = MACHADO_2009[vision];
  return m.map((row) => fromLinear(row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!)) as Rgb;
}

/** sRGB (0–255) to CIE L*a*b* (D65). */
export function rgbToLab(rgb: readonly number[]): Lab {
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/**
 * CIEDE2000 colour difference between two L*a*b* colours (Sharma, Wu &
 * Dalal 2005). About 2 is just noticeable side by side; map fills that must
 * be told apart at a glance want 10 or more.
 *
 * @example
 * deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485]) // 2.0425 (Sharma's test pair 1)
 */
export function deltaE2000(lab1: readonly number[], lab2: readonly number[]): number {
  const [L1, a1, b1] = lab1 as Lab;
  const [L2, a2, b2] = lab2 as Lab;
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cm = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => {
    if (a === 0 && b === 0) return 0;
    const h = Math.atan2(b, a) / rad;
    return h < 0 ? h + 360 : h;
  };
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp * rad) / 2);
  const Lmp = (L1 + L2) / 2;
  const Cmp = (C1p + C2p) / 2;
  let hmp = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) > 180) hmp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
    else hmp = (h1p + h2p) / 2;
  }
  const T =
    1 -
    0.17 * Math.cos((hmp - 30) * rad) +
    0.24 * Math.cos(2 * hmp * rad) +
    0.32 * Math.cos((3 * hmp + 6) * rad) -
    0.2 * Math.cos((4 * hmp - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hmp - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cmp ** 7 / (Cmp ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lmp - 50) ** 2) / Math.sqrt(20 + (Lmp - 50) ** 2);
  const Sc = 1 + 0.045 * Cmp;
  const Sh = 1 + 0.015 * Cmp * T;
  const Rt = -Math.sin(2 * dTheta * rad) * Rc;
  return Math.sqrt(
    (dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh),
  );
}

/** WCAG 2 relative luminance of 0–255 channels. */
export function relativeLuminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG 2 contrast ratio (1–21) between two colours given as hex or channels.
 *
 * @example
 * contrastRatio('#ffffff', '#000000') // 21
 */
export function contrastRatio(a: string | readonly number[], b: string | readonly number[]): number {
  const la = relativeLuminance(typeof a === 'string' ? parseHex(a) : a);
  const lb = relativeLuminance(typeof b === 'string' ? parseHex(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * CIEDE2000 difference between two hex colours as seen with a colour
 * vision deficiency (both simulated the same way).
 *
 * @example
 * simulatedDeltaE('#0072b2', '#d55e00', 'deuteranopia') // > 30: blue and vermillion stay apart
 */
export function simulatedDeltaE(a: string, b: string, vision: ColorVision): number {
  return deltaE2000(rgbToLab(simulateColorVision(a, vision)), rgbToLab(simulateColorVision(b, vision)));
}

/**
 * Reads the map palette of both colour schemes from a stylesheet: the
 * `--helper`, `--helped`, `--unpaired`, `--nodata` and `--arc` custom
 * properties of the first `:root` block (light) and of the `:root` block
 * inside `@media (prefers-color-scheme: dark)`. Throws naming a missing one,
 * so a renamed variable fails the colour test instead of passing silently.
 *
 * @example
 * readMapPalettes(readFileSync('src/styles/global.css', 'utf8')).dark.helper // '#56b4e9'
 */
export function readMapPalettes(css: string): Record<ColorScheme, MapPalette> {
  const darkAt = css.search(/@media\s*\(\s*prefers-color-scheme:\s*dark\s*\)/);
  if (darkAt < 0) throw new Error('readMapPalettes: no @media (prefers-color-scheme: dark) block found.');
  const block = (text: string, scheme: ColorScheme): MapPalette => {
    const root = /:root\s*\{([^}]*)\}/.exec(text);
    if (!root) throw new Error(`readMapPalettes: no :root block for the ${scheme} scheme.`);
    const palette = {} as MapPalette;
    for (const role of MAP_ROLES) {
      const m = new RegExp(`--${role}\\s*:\\s*(#[0-9a-fA-F]{3,6})\\s*;`).exec(root[1]!);
      if (!m) throw new Error(`readMapPalettes: --${role} is missing (or not a hex colour) in the ${scheme} :root.`);
      palette[role] = m[1]!.toLowerCase();
    }
    return palette;
  };
  return { light: block(css.slice(0, darkAt), 'light'), dark: block(css.slice(darkAt), 'dark') };
}
