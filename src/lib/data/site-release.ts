import { latestRelease } from './load-release.ts';

/** What every page says about the data it was built from. */
export interface ReleaseStamp {
  /** Semantic version of the newest published release: `1.0.0`. */
  readonly version: string;
  /** Its release date, `YYYY-MM-DD`. */
  readonly date: string;
}

/**
 * The newest published release's version and date, for the footer and the
 * citation block that every page carries. Reads through the validated,
 * cached loader, so a bad release fails the build on the first page.
 *
 * @example
 * currentRelease() // { version: '1.0.0', date: '2026-11-23' }
 */
export function currentRelease(): ReleaseStamp {
  const { version, date } = latestRelease();
  return { version, date };
}
