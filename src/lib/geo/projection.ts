import { geoConicConformal, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';

/** A rectangle in SVG user units. */
export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The two projections of a China map and where the 南海诸岛 inset sits. */
export interface ChinaProjection {
  width: number;
  height: number;
  /** Main map, clipped to the whole canvas. */
  main: GeoProjection;
  /** 南海诸岛 inset, clipped to `insetFrame`. Draw it after the main map, over a filled frame. */
  inset: GeoProjection;
  /** The inset's box at the lower right (draw it as a filled, stroked rect). */
  insetFrame: Frame;
}

/**
 * Points the main map must show: the western tip of Xinjiang, the Heilongjiang–
 * Ussuri confluence, 漠河 (53.6°N), 赤尾屿 (the easternmost islet of the 钓鱼岛
 * group, 124.6°E) and the mainland's south with 海南 (17.5°N). 藏南 (26.9°N)
 * and 阿克赛钦 (78.4°E) lie inside this frame. The South China Sea south of
 * 17.5°N is shown in the inset.
 */
export const MAINLAND_FRAME: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [73.4, 39.4],
    [135.1, 48.4],
    [123.5, 53.6],
    [124.6, 25.9],
    [109.5, 17.5],
    [97.5, 21.1],
  ],
};

/** The 南海诸岛 inset's extent, 107–123°E × 3.3–24.8°N: every island and all ten dashes. */
export const SOUTH_CHINA_SEA_FRAME: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [107, 3.3],
    [123, 3.3],
    [107, 24.8],
    [123, 24.8],
    [115, 3.3],
    [115, 24.8],
  ],
};

/**
 * Convex hull of the south-east coast (东沙群岛 to 赤尾屿 and the Yangtze
 * mouth, from chn-level-1.json): the part of the main map that sits next to
 * the inset. The main map is moved and, if need be, shrunk until this hull
 * is clear of the inset box, so Taiwan and 钓鱼岛 are never hidden under it.
 */
export const EAST_COAST_HULL: readonly [number, number][] = [
  [116.03, 21],
  [116.79, 20.55],
  [121.59, 22],
  [124.59, 25.95],
  [122.83, 30.73],
  [121.83, 31.96],
];

/**
 * The conformal conic used for small-scale official maps of China: standard
 * parallels 25°N and 47°N, central meridian 105°E (geo.md, "Projection").
 */
function chinaConic(): GeoProjection {
  return geoConicConformal().parallels([25, 47]).rotate([-105, 0]);
}

/**
 * Fits the main map and the 南海诸岛 inset into a `width × height` canvas.
 * The inset box at the lower right is 30 % of the canvas height with the
 * aspect of the South China Sea frame, and the inset projection is clipped to
 * it. The main projection is framed on the mainland (17.5–53.6°N, including
 * Taiwan with 钓鱼岛, 藏南 and 阿克赛钦), moved left (and shrunk if the canvas
 * is too narrow) until the south-east coast is clear of the inset box, and
 * clipped to the canvas. Nothing
 * of the territory is ever left out: what the main frame cuts at the bottom
 * edge is the sea south of 海南, which the inset shows in full with the
 * ten-dash line. Deterministic: same size, same numbers.
 *
 * @example
 * const { main, inset, insetFrame } = fitChinaProjection(1000, 750);
 * main([126.6, 45.8]) // 哈尔滨 in SVG user units
 */
export function fitChinaProjection(width: number, height: number): ChinaProjection {
  if (!(width > 0 && height > 0)) {
    throw new Error(`fitChinaProjection: width and height must be positive, got ${String(width)}×${String(height)}.`);
  }
  const pad = Math.max(2, Math.round(Math.min(width, height) * 0.02));

  // The inset keeps the aspect of its content, so its size follows the height.
  const probe = chinaConic().fitSize([1000, 1000], SOUTH_CHINA_SEA_FRAME);
  const b = SOUTH_CHINA_SEA_FRAME.coordinates.map(([lon, lat]) => probe([lon!, lat!])!);
  const aspect =
    (Math.max(...b.map((p) => p[0])) - Math.min(...b.map((p) => p[0]))) /
    (Math.max(...b.map((p) => p[1])) - Math.min(...b.map((p) => p[1])));
  const frameH = Math.round(height * 0.3);
  const frameW = Math.round(frameH * aspect);
  const insetFrame: Frame = { x: width - pad - frameW, y: height - pad - frameH, width: frameW, height: frameH };

  const fitMain = (right: number) =>
    chinaConic().fitExtent(
      [
        [pad, pad],
        [width - pad - right, height - pad],
      ],
      MAINLAND_FRAME,
    );
  // Sample the hull's edges too: Taiwan's east coast runs along one of them.
  const hull: [number, number][] = [];
  EAST_COAST_HULL.forEach((p, i) => {
    const q = EAST_COAST_HULL[(i + 1) % EAST_COAST_HULL.length]!;
    for (let t = 0; t < 1; t += 0.1) hull.push([p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t]);
  });
  const gap = pad;
  const clear = (projection: GeoProjection) =>
    hull.every((lonLat) => {
      const [x, y] = projection(lonLat)!;
      return x <= insetFrame.x - gap || y <= insetFrame.y - gap;
    });
  // Smallest right-hand margin that clears the inset (bisection; the fit is monotonic in it).
  let lo = 0;
  let hi = width / 2;
  if (clear(fitMain(0))) hi = 0;
  else {
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (clear(fitMain(mid))) hi = mid;
      else lo = mid;
    }
  }
  const main = fitMain(Math.ceil(hi)).clipExtent([
    [0, 0],
    [width, height],
  ]);

  const inner = Math.max(1, Math.round(frameH * 0.025));
  const inset = chinaConic()
    .fitExtent(
      [
        [insetFrame.x + inner, insetFrame.y + inner],
        [insetFrame.x + frameW - inner, insetFrame.y + frameH - inner],
      ],
      SOUTH_CHINA_SEA_FRAME,
    )
    .clipExtent([
      [insetFrame.x, insetFrame.y],
      [insetFrame.x + frameW, insetFrame.y + frameH],
    ]);
  return { width, height, main, inset, insetFrame };
}
