/**
 * The slice of a dataset release the map and region pages read, typed on
 * their side: a loaded release is turned into this shape once (see
 * `mapDatasetFromRelease` in map-release.ts), and unit tests build it by hand.
 */
import type { Locale } from '../i18n/locales.ts';

export type Localized = Readonly<Record<Locale, string>>;

export interface DatasetRegion {
  readonly code: string;
  /** 'province', 'municipality', 'autonomous-region', 'prefecture-city', 'county', … */
  readonly level: string;
  readonly parentCode: string | null;
  readonly names: Localized;
  /** Review status of the Kazakh name: 'attested', 'reviewed' or 'unreviewed'. */
  readonly kkStatus: string;
}

export interface DatasetPairing {
  readonly id: string;
  readonly helperCode: string;
  readonly helpedCode: string;
  /** First year, or null when no source gives it (the row is then shown in its phase, never in a year view). */
  readonly startYear: number | null;
  /** Last year of the row, or null while it continues. */
  readonly endYear: number | null;
  /** Id of the phase the row belongs to (the phases table's id, e.g. '2016'). */
  readonly phase: string;
  readonly level: string;
  readonly documentId: string | null;
  readonly sourceIds: readonly string[];
  readonly confidence: string;
  readonly notes?: Partial<Localized> | undefined;
}

export interface DatasetPhase {
  readonly id: string;
  readonly startYear: number;
  readonly endYear: number | null;
  readonly titles: Localized;
}

export interface DatasetDocument {
  readonly id: string;
  /** The issuing number, e.g. 国办发〔1996〕26号 ('' when it has none). */
  readonly number: string;
  readonly titles: Partial<Localized>;
}

export interface DatasetSource {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
  readonly url: string;
}

export interface DatasetFigure {
  readonly id: string;
  /** The figures table's metric id, e.g. 'aid-funds' (pages label it through `figureMetricLabel`). */
  readonly metric?: string | undefined;
  /** What the figure measures, in each language where available. */
  readonly labels: Partial<Localized>;
  /** The row's own note, in each language where written. */
  readonly notes?: Partial<Localized> | undefined;
  /** The raw scope: 'national', '110000>150000', '310000+440000>530000', '*>520000'. */
  readonly scope?: string | undefined;
  /** The value as published (already a string: units and precision stay as the source gives them). */
  readonly value: string;
  readonly unit: string;
  /** Year or period, as text. */
  readonly period: string;
  /** The period's ends as published ('YYYY' or 'YYYY-MM'; '' when not given). */
  readonly periodStart?: string | undefined;
  readonly periodEnd?: string | undefined;
  /** Codes of the regions the figure concerns. */
  readonly scopeCodes: readonly string[];
  readonly sourceIds: readonly string[];
  readonly confidence: string;
}

export interface MapDataset {
  readonly version: string;
  readonly regions: readonly DatasetRegion[];
  readonly pairings: readonly DatasetPairing[];
  readonly phases: readonly DatasetPhase[];
  readonly documents: readonly DatasetDocument[];
  readonly sources: readonly DatasetSource[];
  readonly figures: readonly DatasetFigure[];
}
