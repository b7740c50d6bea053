// Checks of a page's Content-Security-Policy, as pure functions so that
// tests/site/checks.test.ts can show on tiny fixtures that they catch what
// they should, and csp.test.ts can run them over every built page.
import { createHash } from 'node:crypto';
import { parseHtml, where } from './dist.ts';

/** Directive name → its source list, lower-cased names, values as written. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** The CSP hash sources (sha256/384/512) of an inline script's or style's exact text. */
export function hashSources(text: string): string[] {
  return ['sha256', 'sha384', 'sha512'].map((alg) => `'${alg}-${createHash(alg).update(text, 'utf8').digest('base64')}'`);
}

/** Script types a browser runs (everything else, e.g. JSON-LD, is a data block CSP ignores). */
const isExecutable = (type: string | null): boolean =>
  type === null || type === '' || type === 'module' || type === 'importmap' || /^(text|application)\/(x-)?(java|ecma)script$/i.test(type);

/**
 * What the page's own CSP would block or allow too much: a missing policy,
 * 'unsafe-inline' or 'unsafe-eval' in script-src, a policy placed after what
 * it should cover, inline scripts and styles whose hash it lacks, on*
 * attributes, and style="" attributes when style-src has no 'unsafe-inline'.
 *
 * @example
 * cspProblems('<!doctype html><html><head></head></html>', 'x.html').problems
 * // ['x.html:1:1: no <meta http-equiv="content-security-policy">']
 */
export function cspProblems(html: string, file: string): { problems: string[]; inlineScripts: number } {
  const problems: string[] = [];
  let inlineScripts = 0;
  const root = parseHtml(html, file);
  const metas = root.querySelectorAll('meta[http-equiv]').filter((m) => (m.getAttributeValue('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
  const meta = metas[0];
  if (!meta) {
    problems.push(`${where(file, 1, 1)}: no <meta http-equiv="content-security-policy">`);
    return { problems, inlineScripts };
  }
  const csp = parseCsp(meta.getAttributeValue('content') ?? '');
  const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? [];
  const styleSrc = csp.get('style-src') ?? csp.get('default-src') ?? [];
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'"]) {
    if (scriptSrc.includes(bad)) problems.push(`${where(file, meta.location.line, meta.location.column)}: script-src allows ${bad}`);
  }
  // A meta policy only governs what comes after it.
  const firstGoverned = root
    .querySelectorAll('script, style, link')
    .filter((el) => el.tagName !== 'link' || /\b(stylesheet|preload|modulepreload)\b/i.test(el.getAttributeValue('rel') ?? ''))
    .find((el) => el.location.offset < meta.location.offset);
  if (firstGoverned) {
    problems.push(`${where(file, firstGoverned.location.line, firstGoverned.location.column)}: <${firstGoverned.tagName}> comes before the CSP <meta>, which does not cover it`);
  }
  // Inline script and style text, exactly as the browser hashes it.
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? null;
    if (!isExecutable(type)) continue;
    inlineScripts += 1;
    if (!hashSources(m[2] ?? '').some((h) => scriptSrc.includes(h))) {
      const line = html.slice(0, m.index).split('\n').length;
      problems.push(`${where(file, line, 1)}: inline <script> whose hash is not in script-src: ${(m[2] ?? '').slice(0, 80)}`);
    }
  }
  const styleInline = styleSrc.includes("'unsafe-inline'");
  if (!styleInline) {
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
      if (!hashSources(m[1] ?? '').some((h) => styleSrc.includes(h))) {
        const line = html.slice(0, m.index).split('\n').length;
        problems.push(`${where(file, line, 1)}: inline <style> whose hash is not in style-src: ${(m[1] ?? '').slice(0, 80)}`);
      }
    }
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const at = where(file, attr.keyLocation.line, attr.keyLocation.column);
      if (/^on/i.test(attr.key)) problems.push(`${at}: event-handler attribute ${attr.key}="" on <${el.tagName}> (CSP blocks it; use a script)`);
      if (attr.key.toLowerCase() === 'style' && !styleInline) {
        problems.push(`${at}: style="" attribute on <${el.tagName}> (style-src has no 'unsafe-inline'; use a class)`);
      }
    }
  }
  return { problems, inlineScripts };
}
