import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, test } from 'vitest';
import { arc, arrowheadPath } from '../../../src/lib/geo/arcs.ts';
import { labelPoint } from '../../../src/lib/geo/label-point.ts';
import { fitChinaProjection } from '../../../src/lib/geo/projection.ts';
import { createPathRenderer } from '../../../src/lib/geo/svg-path.ts';
import { expectGolden } from './golden.ts';

const fixture = JSON.parse(
  readFileSync('tests/fixtures/geo/tiny-regions.json', 'utf8'),
) as FeatureCollection<Geometry, { name: string }>;

/** A small, readable SVG of the fixture through both projections (numbers rounded to 0.1). */
function tinyMapSvg(width: number, height: number): string {
  const { main, inset, insetFrame: f } = fitChinaProjection(width, height);
  const path = createPathRenderer(main, 1);
  const insetPath = createPathRenderer(inset, 1);
  const draw = (render: (o: Feature) => string, feature: Feature) => {
    const d = render(feature);
    return d ? `  <path data-code="${feature.id ?? 'line'}" d="${d}"/>` : null;
  };
  const anchor = (code: string) => main(labelPoint(fixture.features.find((ft) => ft.id === code)!)!)!;
  const a = arc(anchor('210200'), anchor('520200'), { shortenEnd: 3 });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" fill="#ddd" stroke="#333" stroke-width=".5">`,
    ` <g class="main">`,
    ...fixture.features.map((ft) => draw(path, ft)).filter((s) => s !== null),
    `  <path class="arc" d="${a.d}" fill="none"/>`,
    `  <path class="arrowhead" d="${arrowheadPath(a, 4)}"/>`,
    ` </g>`,
    ` <rect class="inset-frame" x="${f.x}" y="${f.y}" width="${f.width}" height="${f.height}" fill="#fff"/>`,
    ` <g class="inset">`,
    ...fixture.features.map((ft) => draw(insetPath, ft)).filter((s) => s !== null),
    ` </g>`,
    `</svg>`,
    '',
  ].join('\n');
}

describe('fitChinaProjection', () => {
  test('draws the tiny fixture and an arc between two of its regions exactly as the golden SVG (400×300)', () => {
    expectGolden('tiny-map-400x300.svg', tinyMapSvg(400, 300));
  });

  test('places the inset box at the lower right, inside the canvas', () => {
    for (const [w, h] of [[1000, 750], [240, 180], [1200, 700], [800, 800]] as const) {
      const { insetFrame: f } = fitChinaProjection(w, h);
      expect(f.x + f.width).toBeLessThanOrEqual(w);
      expect(f.y + f.height).toBeLessThanOrEqual(h);
      expect(f.x).toBeGreaterThan(w / 2);
      expect(f.y).toBeGreaterThan(h / 2);
    }
  });

  test('is deterministic: the same size gives the same numbers', () => {
    const a = fitChinaProjection(1000, 750);
    const b = fitChinaProjection(1000, 750);
    expect([a.main.scale(), ...a.main.translate(), a.inset.scale(), ...a.inset.translate()]).toEqual([
      b.main.scale(),
      ...b.main.translate(),
      b.inset.scale(),
      ...b.inset.translate(),
    ]);
  });

  test('rejects a canvas without area', () => {
    expect(() => fitChinaProjection(0, 750)).toThrow('width and height must be positive, got 0×750');
  });
});
