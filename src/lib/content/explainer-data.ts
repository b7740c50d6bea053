import type { SiteRelease } from '../data/data-pages.ts';
import { DATA_DIR, latestRelease, tableRows } from '../data/load-release.ts';

/** The dataset tables the explainers read. */
export type ExplainerTableId = 'sources' | 'phases' | 'figures' | 'pairings' | 'regions' | 'documents';

/** Rows of one release, as the CSV has them: every value a string, '' for empty. */
export interface ExplainerData {
  /** The release version, e.g. '1.0.0'. */
  readonly version: string;
  rows(id: ExplainerTableId): readonly Readonly<Record<string, string>>[];
}

const cache = new Map<string, ExplainerData>();

/**
 * The newest dataset release as the explainer components read it: the
 * validated, cached `latestRelease()` of the data loader, so explainers cite
 * exactly the sources the published release carries. The one place that
 * knows where the explainers' data comes from.
 *
 * @example
 * explainerData().rows('sources').find((s) => s.id === 'gmrb-2015-11-28')?.publisher // '光明日报'
 */
export function explainerData(dataDir: string = DATA_DIR): ExplainerData {
  const cached = cache.get(dataDir);
  if (cached) return cached;
  const data = explainerDataFrom(latestRelease(dataDir));
  cache.set(dataDir, data);
  return data;
}

/**
 * The same view over any release object (tests build one by hand).
 *
 * @example
 * explainerDataFrom({ version: '1.0.0', date: '2026-11-23', notes: '', tables: [] }).version // '1.0.0'
 */
export function explainerDataFrom(release: SiteRelease): ExplainerData {
  return { version: release.version, rows: (id) => tableRows(release, id) };
}
