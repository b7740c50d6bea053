import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarDatum {
  /** Unique key, e.g. a figure id. */
  key: string;
  /** Row label, already localized (e.g. "2016-11 · East counties"). */
  label: string;
  value: number;
  /** The value as printed, already formatted for the locale at build time. */
  valueLabel: string;
  /** Visual group, for a second colour. */
  group?: 0 | 1;
}

export interface BarLayout {
  width: number;
  height: number;
  bars: { key: string; label: string; valueLabel: string; group: 0 | 1; x: number; y: number; w: number; h: number; labelY: number }[];
  ticks: { x: number; label: string }[];
  axisY: number;
}

/**
 * Lays out a horizontal bar chart at build time with d3-scale: labels above
 * each bar (so long Chinese or Kazakh labels never collide on a phone),
 * bars from zero, a value label at the bar's end and a few x-axis ticks.
 * The result is plain numbers for an SVG template; no DOM is needed.
 *
 * @example
 * layoutBars([{ key: 'a', label: 'East', value: 249, valueLabel: '249' }], { width: 600, formatTick: String })
 */
export function layoutBars(
  data: readonly BarDatum[],
  { width, barHeight = 22, gap = 30, formatTick }: { width: number; barHeight?: number; gap?: number; formatTick: (n: number) => string },
): BarLayout {
  if (data.length === 0) throw new Error('layoutBars: no data to draw.');
  const bad = data.find((d) => !Number.isFinite(d.value) || d.value < 0);
  if (bad) throw new Error(`layoutBars: "${bad.key}" has value ${String(bad.value)}; bars need a finite value ≥ 0.`);
  const marginLeft = 4;
  const marginRight = 64;
  const top = 18;
  const rowHeight = barHeight + gap;
  const height = top + data.length * rowHeight + 24;
  const max = Math.max(...data.map((d) => d.value));
  const x = scaleLinear().domain([0, max]).nice().range([marginLeft, width - marginRight]);
  const y = scaleBand<string>().domain(data.map((d) => d.key)).range([top, top + data.length * rowHeight]);
  const round = (n: number) => Math.round(n * 10) / 10;
  const bars = data.map((d) => {
    const rowTop = y(d.key) ?? top;
    return {
      key: d.key,
      label: d.label,
      valueLabel: d.valueLabel,
      group: d.group ?? 0,
      x: round(x(0)),
      y: round(rowTop + gap - 8),
      w: round(x(d.value) - x(0)),
      h: barHeight,
      labelY: round(rowTop + gap - 14),
    };
  });
  const axisY = top + data.length * rowHeight + 4;
  const ticks = x.ticks(4).map((v) => ({ x: round(x(v)), label: formatTick(v) }));
  return { width, height, bars, ticks, axisY };
}
