import type { BarDatum } from '../charts/bar-chart.ts';
import { regionRowName } from '../data/data-pages.ts';
import { formatDate } from '../format/date.ts';
import { formatNumber } from '../format/number.ts';
import type { Locale } from '../i18n/locales.ts';

type Row = Readonly<Record<string, string>>;

/** What an MDX author asks `<FigureChart>` to draw. */
export interface FigureChartSpec {
  /** One metric id or several, comma-separated, e.g. "county-pairs-east-counties,county-pairs-west-counties". */
  metric: string;
  /** Only rows of this scope ('national', '110000>150000', …); with a leading `!`, every scope but this one. */
  scope?: string | undefined;
  /** Labels of the metrics in the page's language, separated by `|` (labels may hold commas), in the order of `metric`. */
  labels?: string | undefined;
  /** Colour group (0 or 1) of each metric, separated by `|`, e.g. "0|1|1" so a subset shares its whole's colour; default alternates. */
  groups?: string | undefined;
}

export interface FigureChartData {
  bars: BarDatum[];
  /** The figures rows drawn, in bar order (for the data table under the chart). */
  rows: Row[];
  /** Every source id of the drawn rows, once, in bar order. */
  sourceIds: string[];
}

const splitList = (s: string | undefined): string[] => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);

/**
 * The bars of a `<FigureChart>`: the release's figures rows of the asked
 * metrics (and scope), oldest period first, each labelled with its metric
 * label, its scope as region names (unless one scope was asked for) and its
 * period, with the value formatted for the locale. An unknown metric, or a
 * value that is not a number, fails the build naming the file: "no data" is
 * never drawn as zero.
 *
 * @example
 * figureChartData(rows('figures'), rows('regions'), { metric: 'county-pairs-east-counties', scope: 'national' }, 'en', 'content/explainers/en/county-pairing.mdx')
 */
export function figureChartData(
  figures: readonly Row[],
  regions: readonly Row[],
  spec: FigureChartSpec,
  locale: Locale,
  file: string,
): FigureChartData {
  const metrics = splitList(spec.metric);
  const labels = (spec.labels ?? '').split('|').map((x) => x.trim());
  const groups = (spec.groups ?? '').split('|').map((x) => x.trim());
  if (metrics.length === 0) throw new Error(`${file}: <FigureChart> needs a metric.`);
  const known = new Set(figures.map((f) => f['metric'] ?? ''));
  const unknown = metrics.filter((m) => !known.has(m));
  if (unknown.length > 0) {
    throw new Error(
      `${file}: <FigureChart metric="${spec.metric}" /> names ${unknown.map((m) => `"${m}"`).join(', ')}, not a metric in figures.csv. Known metrics: ${[...known].sort().join(', ')}.`,
    );
  }
  const rows = figures
    .filter((f) => metrics.includes(f['metric'] ?? '') && inScope(f['scope'] ?? '', spec.scope))
    .sort(
      (a, b) =>
        (a['period_start'] ?? '').localeCompare(b['period_start'] ?? '') ||
        metrics.indexOf(a['metric'] ?? '') - metrics.indexOf(b['metric'] ?? ''),
    );
  if (rows.length === 0) {
    throw new Error(`${file}: <FigureChart metric="${spec.metric}" scope="${spec.scope ?? ''}" /> matches no row of figures.csv.`);
  }
  const names = new Map(regions.map((r) => [r['code'] ?? '', r]));
  const bars = rows.map((row) => {
    const value = Number(row['value']);
    if (row['value'] === '' || !Number.isFinite(value)) {
      throw new Error(`${file}: figures.csv row "${row['id']}" has value "${row['value']}", which cannot be drawn as a bar.`);
    }
    const index = metrics.indexOf(row['metric'] ?? '');
    const parts = [
      labels[index] ?? '',
      spec.scope === undefined || spec.scope.startsWith('!') ? scopeLabel(row['scope'] ?? '', names, locale) : '',
      periodLabel(locale, row['period_start'] ?? '', row['period_end'] ?? ''),
    ].filter(Boolean);
    return {
      key: row['id'] ?? '',
      label: parts.join(' · '),
      value,
      valueLabel: formatNumber(locale, value),
      group: (groups[index] === '1' ? 1 : groups[index] === '0' ? 0 : index % 2) as 0 | 1,
    };
  });
  const sourceIds = [...new Set(rows.flatMap((r) => splitSourceIds(r['source_ids'])))];
  return { bars, rows, sourceIds };
}

/** A figure's period: one date, or a range when start and end differ. */
export function periodLabel(locale: Locale, start: string, end: string): string {
  if (!start) return '';
  return end && end !== start ? `${formatDate(locale, start)}–${formatDate(locale, end)}` : formatDate(locale, start);
}

/**
 * A figure's scope in words: `helper>helped` codes (each side may join
 * several with `+`) as region names with an arrow; other scopes as given.
 *
 * @example
 * scopeLabel('110000>150000', regions, 'zh') // '北京市 → 内蒙古自治区'
 */
export function scopeLabel(scope: string, regions: ReadonlyMap<string, Row>, locale: Locale): string {
  if (!scope.includes('>')) return scope === 'national' ? '' : scope;
  const sep = locale === 'zh' ? '、' : ', ';
  const name = (code: string) => regionRowName(regions.get(code), locale) || code;
  return scope
    .split('>')
    .map((side) => side.split('+').map(name).join(sep))
    .join(' → ');
}

function inScope(scope: string, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  return wanted.startsWith('!') ? scope !== wanted.slice(1) : scope === wanted;
}

const splitSourceIds = (s: string | undefined): string[] => (s ?? '').split(';').map((x) => x.trim()).filter(Boolean);
