import { readFileSync } from 'node:fs';
import { parseGlossary, type GlossaryTerm } from './glossary.ts';

export const GLOSSARY_FILE = 'content/glossary/terms.json';

/**
 * Reads and validates the glossary at build time. With `knownSourceIds`
 * (the dataset's source ids) every cited source must exist.
 */
export function loadGlossary(knownSourceIds?: ReadonlySet<string>, file = GLOSSARY_FILE): GlossaryTerm[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read it as JSON (${(error as Error).message}).`);
  }
  return parseGlossary(json, knownSourceIds);
}
