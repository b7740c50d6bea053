import { describe, expect, test } from 'vitest';
import { confidenceLabel, pairingTooltip, regionPairingLine, yearsLabel } from '../../../src/lib/geo/map-text.ts';
import { translate } from '../../../src/lib/i18n/translate.ts';

const dalian = {
  helperName: 'Dalian',
  helpedName: 'Liupanshui',
  startYear: 1996,
  endYear: 2013,
  document: '国办发〔1996〕26号',
  sourceCount: 2,
  confidence: 'medium',
};

describe('yearsLabel', () => {
  test('writes a closed range with the locale’s pattern', () => {
    expect(yearsLabel('en', 1996, 2013)).toBe('1996–2013');
    expect(yearsLabel('zh', 1996, 2013)).toBe(translate('zh', 'map.yearsRange', { start: 1996, end: 2013 }));
  });

  test('says "since" for a pairing that continues', () => {
    expect(yearsLabel('en', 2021, null)).toBe('since 2021');
    expect(yearsLabel('kk', 2021, null)).toBe(translate('kk', 'map.yearsFrom', { start: 2021 }));
  });

  test('writes a single year once', () => {
    expect(yearsLabel('en', 2017, 2017)).toBe('2017');
  });

  test('says the start year is unknown when no source gives it', () => {
    expect(yearsLabel('en', null, 2010)).toBe('until 2010 (start year unknown)');
    expect(yearsLabel('kk', null, null)).toBe(translate('kk', 'map.yearsUnknown'));
  });
});

describe('pairingTooltip', () => {
  test('names helper and helped, years, document, number of sources and confidence, in English', () => {
    expect(pairingTooltip('en', dalian)).toEqual({
      title: 'Dalian → Liupanshui',
      lines: ['1996–2013', 'Document: 国办发〔1996〕26号', 'Sources: 2', 'Confidence: medium'],
    });
  });

  test('is written in Kazakh Cyrillic on Kazakh pages', () => {
    const tip = pairingTooltip('kk', { ...dalian, helperName: 'Далянь', helpedName: 'Люпаньшуй' });
    expect(tip.lines).toContain(translate('kk', 'map.tipConfidence', { level: 'орташа' }));
    expect(tip.lines.join(' ')).not.toMatch(/Confidence|Sources/);
  });

  test('says where a county pairing is drawn', () => {
    const tip = pairingTooltip('en', { ...dalian, helperName: 'Haishu District', helperShownAt: 'Ningbo' });
    expect(tip.lines).toContain('Haishu District: drawn at Ningbo');
  });

  test('leaves out the document line when the row has no document', () => {
    const tip = pairingTooltip('zh', { ...dalian, document: undefined });
    expect(tip.lines.some((l) => l.startsWith('文件'))).toBe(false);
  });
});

describe('region tooltip lines', () => {
  test('the helper’s line names the helped region, and the other way round', () => {
    expect(regionPairingLine('en', 'helper', dalian)).toBe('helps Liupanshui, 1996–2013 (Confidence: medium)');
    expect(regionPairingLine('en', 'helped', dalian)).toBe('helped by Dalian, 1996–2013 (Confidence: medium)');
  });

  test('an unknown confidence level is shown as written, not dropped', () => {
    expect(confidenceLabel('en', 'disputed')).toBe('disputed');
  });
});
