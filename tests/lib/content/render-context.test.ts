import { describe, expect, test } from 'vitest';
import { renderContext, setRenderContext } from '../../../src/lib/content/render-context.ts';
import type { ExplainerData } from '../../../src/lib/content/explainer-data.ts';

const data: ExplainerData = { version: '1.0.0', rows: () => [] };

describe('renderContext', () => {
  test('hands the page’s context to its components through the shared locals object', () => {
    const locals = {};
    setRenderContext(locals, { file: 'content/explainers/zh/history.mdx', locale: 'zh', ids: ['a'], data });
    expect(renderContext(locals, 'Cite')).toMatchObject({ locale: 'zh', ids: ['a'] });
  });

  test('fails naming the component when used outside an explainer', () => {
    expect(() => renderContext({}, 'Timeline')).toThrow('<Timeline> is only available inside an explainer');
  });
});
