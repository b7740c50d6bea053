/** A point in SVG user units. */
export type XY = readonly [number, number];

export interface ArcOptions {
  /**
   * How far the curve bulges, as a share of the distance between the ends.
   * Positive bends to the right of the direction of travel as seen on screen
   * (SVG y points down), so an east→west arc bulges north and the reverse
   * pairing bulges south: the two directions never share a curve. Default 0.2.
   */
  bend?: number;
  /** Pull the start / end back along the curve by this many units (to clear a dot). Default 0. */
  shortenStart?: number;
  shortenEnd?: number;
  /** Decimals in the path data. Default 1. */
  digits?: number;
}

export interface Arc {
  /** Quadratic curve, 'M x,y Q cx,cy x,y'. */
  d: string;
  /** Start, control and end after shortening. */
  start: [number, number];
  control: [number, number];
  end: [number, number];
}

function round(v: number, digits: number): string {
  const r = Number(v.toFixed(digits));
  return String(Object.is(r, -0) ? 0 : r);
}

const xy = (p: XY, digits: number) => `${round(p[0], digits)},${round(p[1], digits)}`;

/** Moves `p` towards `q` by `distance`, never past it. */
function toward(p: XY, q: XY, distance: number): [number, number] {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const len = Math.hypot(dx, dy);
  if (len === 0 || distance <= 0) return [p[0], p[1]];
  const t = Math.min(distance, len / 2) / len;
  return [p[0] + dx * t, p[1] + dy * t];
}

/**
 * The geometry of a directed arc from `from` (the helping region) to `to`
 * (the helped region): a quadratic Bézier whose control point sits off the
 * chord's midpoint on the right-hand side of travel, `bend` × chord length
 * away. Deterministic; ends are pulled back along the tangents if asked.
 *
 * @example
 * arc([789, 286], [535, 567]).d // 'M789,286Q…,… 535,567'
 */
export function arc(from: XY, to: XY, options: ArcOptions = {}): Arc {
  const bend = options.bend ?? 0.2;
  const digits = options.digits ?? 1;
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  // Right-hand normal of (dx, dy) in y-down coordinates is (-dy, dx).
  const control: [number, number] = [(from[0] + to[0]) / 2 - dy * bend, (from[1] + to[1]) / 2 + dx * bend];
  // A quadratic's end tangents point at the control point, so shortening towards it follows the curve.
  const start = toward(from, control, options.shortenStart ?? 0);
  const end = toward(to, control, options.shortenEnd ?? 0);
  return { d: `M${xy(start, digits)}Q${xy(control, digits)} ${xy(end, digits)}`, start, control, end };
}

/**
 * Path data of a directed arc; see `arc` for the geometry.
 *
 * @example
 * arcPath(map.point('210200'), map.point('520200'), { bend: 0.2 }) // 大连 → 六盘水
 */
export function arcPath(from: XY, to: XY, options: ArcOptions = {}): string {
  return arc(from, to, options).d;
}

/**
 * A filled triangle for the arrowhead at the end of an arc, pointing along
 * the curve's end tangent with its tip on `arc.end`. Inline paths instead of
 * an SVG <marker> keep each arc self-contained and render the same everywhere.
 *
 * @example
 * const a = arc(p, q, { shortenEnd: 4 });
 * `<path d="${a.d}" fill="none"/><path d="${arrowheadPath(a, 6)}"/>`
 */
export function arrowheadPath(geometry: Pick<Arc, 'control' | 'end'>, size = 6, digits = 1): string {
  const [tx, ty] = geometry.end;
  let ux = tx - geometry.control[0];
  let uy = ty - geometry.control[1];
  const len = Math.hypot(ux, uy) || 1;
  ux /= len;
  uy /= len;
  const bx = tx - ux * size;
  const by = ty - uy * size;
  const w = size * 0.4;
  return `M${xy([tx, ty], digits)}L${xy([bx - uy * w, by + ux * w], digits)}L${xy([bx + uy * w, by - ux * w], digits)}Z`;
}
