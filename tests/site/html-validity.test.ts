import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { builtPages, where } from './dist.ts';

const pages = builtPages();

test('the build has pages to check', () => {
  expect(pages.length, 'dist/ holds no HTML page: run `npm run build` first').toBeGreaterThan(0);
});

// .htmlvalidate.json (html-validate:recommended; every rule change is
// explained in README, "Quality gates") is found from each file's folder up.
test('every built page is valid HTML (html-validate, zero errors)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(page.file);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push(`${where(page.file, m.line, m.column)} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  console.log(`html-validate: ${pages.length} pages checked, ${problems.length} problems`);
  expect(problems, `${problems.length} HTML problems:\n${problems.slice(0, 200).join('\n')}`).toEqual([]);
});
