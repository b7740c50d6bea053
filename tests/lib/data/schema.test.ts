import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PACKAGE, TABLES, TABLE_IDS, tableDef } from '../../../src/lib/data/schema.ts';

describe('the table schemas', () => {
  test('define the eight tables, each with a primary key made of its own columns', () => {
    expect(TABLES.map((t) => t.id)).toEqual([...TABLE_IDS]);
    for (const t of TABLES) {
      const names = t.fields.map((f) => f.name);
      expect(new Set(names).size, t.id).toBe(names.length);
      for (const k of t.primaryKey) expect(names, t.id).toContain(k);
      for (const fk of t.foreignKeys) expect(names, t.id).toContain(fk.fields);
    }
  });

  test('describe every table and column in Chinese, English and Cyrillic Kazakh', () => {
    for (const text of [PACKAGE.title, PACKAGE.description, ...TABLES.flatMap((t) => [t.title, t.description, ...t.fields.map((f) => f.description)])]) {
      expect(text.zh).toMatch(/\p{Script=Han}/u);
      expect(text.en).toMatch(/[A-Za-z]/);
      expect(text.kk).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  test('give every pattern a message that says what was expected', () => {
    for (const t of TABLES) for (const f of t.fields) if (f.constraints?.pattern) expect(f.check, `${t.id}.${f.name}`).toBeDefined();
  });

  test('are all documented, column by column, in data/README.md', () => {
    const readme = readFileSync('data/README.md', 'utf8');
    for (const t of TABLES) {
      expect(readme).toContain(`### ${t.id}.csv`);
      for (const f of t.fields) expect(readme, `${t.id}.${f.name}`).toContain(`| \`${f.name}\` |`);
    }
  });

  test('tableDef names the tables when asked for an unknown one', () => {
    expect(() => tableDef('provinces')).toThrow('tableDef: "provinces" is not a table; the tables are regions, pairings, phases, documents, sources, figures, code-crosswalk, known-gaps.');
  });
});
