import type { CollectionEntry } from 'astro:content';
import { explainerPages, type ExplainerFile, type ExplainerPage } from './explainers.ts';

/** A collection entry with the fields explainerPages needs lifted up. */
export type ExplainerEntry = ExplainerFile & { entry: CollectionEntry<'explainers'> };

/**
 * Adapts Astro's collection entries for `explainerPages`. Type-only import
 * from astro:content, so this file stays free of Astro at run time.
 */
export function explainerPagesFromCollection(entries: readonly CollectionEntry<'explainers'>[]): ExplainerPage<ExplainerEntry>[] {
  return explainerPages(
    entries.map((entry) => ({
      id: entry.id,
      title: entry.data.title,
      order: entry.data.order,
      translation: entry.data.translation,
      entry,
    })),
  );
}
