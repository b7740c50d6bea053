import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  contrastRatio,
  deltaE2000,
  readMapPalettes,
  rgbToLab,
  simulateColorVision,
  simulatedDeltaE,
  type ColorVision,
} from '../../../src/lib/geo/colors.ts';

const palettes = readMapPalettes(readFileSync('src/styles/global.css', 'utf8'));
const VISIONS: ColorVision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

/** Fills that must be told apart at a glance on the map. */
const FILL_PAIRS = [
  ['helper', 'helped'],
  ['helper', 'unpaired'],
  ['helper', 'nodata'],
  ['helped', 'unpaired'],
  ['helped', 'nodata'],
] as const;

/** ΔE2000 of 20 is a clearly different colour, not just a different shade. */
const MIN_FILL_DELTA_E = 20;
/** "No data" is also hatched, so its plain fill only has to be visibly unlike "unpaired". */
const MIN_NODATA_DELTA_E = 5;

describe('the colour-vision model', () => {
  test('CIEDE2000 reproduces Sharma, Wu and Dalal’s first test pair', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
  });

  test('CIEDE2000 reproduces a hue-rotation test pair across the 0° line', () => {
    // Sharma et al. 2005, pair 7.
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 3);
  });

  test('white stays white and grey stays grey under every simulation', () => {
    for (const vision of VISIONS) {
      expect(simulateColorVision('#ffffff', vision).map(Math.round)).toEqual([255, 255, 255]);
      const [r, g, b] = simulateColorVision('#808080', vision);
      expect(Math.abs(r - g) + Math.abs(g - b)).toBeLessThan(3);
    }
  });

  test('deuteranopia collapses red and green, which the map must therefore never pair', () => {
    const normal = deltaE2000(rgbToLab([255, 0, 0]), rgbToLab([0, 160, 0]));
    const simulated = simulatedDeltaE('#ff0000', '#00a000', 'deuteranopia');
    expect(simulated).toBeLessThan(normal / 2);
  });
});

describe('the map palette in global.css', () => {
  for (const scheme of ['light', 'dark'] as const) {
    const p = palettes[scheme];
    for (const vision of VISIONS) {
      for (const [a, b] of FILL_PAIRS) {
        test(`${scheme}: ${a} and ${b} stay apart with ${vision} vision (ΔE2000 ≥ ${MIN_FILL_DELTA_E})`, () => {
          expect(simulatedDeltaE(p[a], p[b], vision)).toBeGreaterThanOrEqual(MIN_FILL_DELTA_E);
        });
      }
      test(`${scheme}: unpaired and no-data fills differ with ${vision} vision (ΔE2000 ≥ ${MIN_NODATA_DELTA_E})`, () => {
        expect(simulatedDeltaE(p.unpaired, p.nodata, vision)).toBeGreaterThanOrEqual(MIN_NODATA_DELTA_E);
      });
    }

    test(`${scheme}: helper and helped fills reach 3:1 contrast against unpaired regions (WCAG 1.4.11)`, () => {
      expect(contrastRatio(p.helper, p.unpaired)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(p.helped, p.unpaired)).toBeGreaterThanOrEqual(3);
    });

    test(`${scheme}: arcs reach 3:1 contrast against unpaired and no-data regions`, () => {
      expect(contrastRatio(p.arc, p.unpaired)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(p.arc, p.nodata)).toBeGreaterThanOrEqual(3);
    });
  }

  test('a palette with a variable missing is rejected with its name', () => {
    expect(() => readMapPalettes(':root { --helper: #000; } @media (prefers-color-scheme: dark) { :root {} }')).toThrow(
      /--helped is missing/,
    );
  });
});
