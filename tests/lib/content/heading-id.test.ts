import { describe, expect, test } from 'vitest';
import { headingId } from '../../../src/lib/content/heading-id.ts';

describe('headingId', () => {
  test('prefixes a slug that starts with a digit or a non-Latin letter', () => {
    expect(headingId('1996-the-founding-decision')).toBe('h-1996-the-founding-decision');
    expect(headingId('1996年确立结对')).toBe('h-1996年确立结对');
  });

  test('keeps a slug that already starts with a Latin letter', () => {
    expect(headingId('examples')).toBe('examples');
  });
});
