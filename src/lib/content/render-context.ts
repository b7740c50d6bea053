import type { Locale } from '../i18n/locales.ts';
import type { ExplainerData } from './explainer-data.ts';

/**
 * What an explainer page hands to the MDX components it renders, through
 * `Astro.locals` (shared by a page and its components, also in a static
 * build): the file (for error messages), the locale the text is shown in,
 * the citation numbering and the dataset release.
 */
export interface ExplainerRenderContext {
  file: string;
  /** The locale of the page's URL (UI strings, formatting). */
  locale: Locale;
  /** Source ids in order of first citation: footnote n is ids[n - 1]. */
  ids: readonly string[];
  data: ExplainerData;
}

const KEY = 'explainer';

/** Stores the context on `Astro.locals` for the page's components. */
export function setRenderContext(locals: object, context: ExplainerRenderContext): void {
  (locals as Record<string, unknown>)[KEY] = context;
}

/**
 * Reads the context a component needs; throws when a component is used
 * outside an explainer page, where nothing numbers citations.
 *
 * @example
 * const { locale, data } = renderContext(Astro.locals, 'Timeline');
 */
export function renderContext(locals: object, component: string): ExplainerRenderContext {
  const context = (locals as Record<string, unknown>)[KEY] as ExplainerRenderContext | undefined;
  if (!context) throw new Error(`<${component}> is only available inside an explainer (content/explainers/<lang>/<slug>.mdx).`);
  return context;
}
