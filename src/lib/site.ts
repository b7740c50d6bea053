/**
 * Facts about the site itself that several pages and the citation records
 * need. Kept in one place so a rename or a new licence is one edit.
 */
export const SITE = {
  /** Creator named in citations (an organisation, not a person). */
  creator: { zh: '东西部协作结对数据项目', en: 'East–West Cooperation Pairings project', kk: 'Шығыс–Батыс ынтымақтастығының жұптары жобасы' },
  dataLicence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  codeLicence: { id: 'MIT', url: 'https://opensource.org/license/mit' },
} as const;

/** The navigation, in order. `page` is the locale-free path. */
export const NAV = [
  { key: 'nav.map', page: 'map' },
  { key: 'nav.history', page: 'explainers/history' },
  { key: 'nav.data', page: 'data' },
  { key: 'nav.explainers', page: 'explainers' },
  { key: 'nav.glossary', page: 'glossary' },
  { key: 'nav.about', page: 'about' },
] as const;
