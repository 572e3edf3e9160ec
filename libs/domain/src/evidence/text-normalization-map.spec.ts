import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNormalizedText, normalizeQuoteText } from './text-normalization-map.js';

const folds = [
  { scenario: 'lower case, one space between words', input: '  The   Weekly\n\nREPORT ', expected: 'the weekly report' },
  { scenario: 'punctuation separates words', input: 'Friday—and then, (maybe) two hours.', expected: 'friday and then maybe two hours' },
  { scenario: 'curly and straight double quotes', input: '“forever” and "forever"', expected: 'forever and forever' },
  { scenario: 'apostrophes vanish, curly or straight', input: 'don’t don\'t dont', expected: 'dont' },
  { scenario: 'ellipsis character and three dots', input: 'wait… wait... really', expected: 'wait really' },
  { scenario: 'dash styles', input: 'a – b — c - d -- e', expected: 'a b c d e' },
  { scenario: 'NFKC: full-width letters and a ligature', input: 'ＥＸＣＥＬ ﬁle', expected: 'excel file' },
  { scenario: 'decomposed and precomposed accents', input: 'Cafe\u0301 café', expected: 'café' },
  { scenario: 'hesitation sounds dropped', input: 'So, um, uh, I think... hmm, erm, mm-hmm', expected: 'so i think' },
  { scenario: 'words that look like fillers stay', input: 'her mum hums', expected: 'her mum hums' },
  { scenario: 'stutters kept once', input: 'I- I- I think the the report', expected: 'i think the report' },
  { scenario: 'emoji and variation selectors separate words', input: 'love❤️it 😍 now', expected: 'love it now' },
  { scenario: 'zero-width characters vanish', input: 'ex\u00ADport the\u200Bfile', expected: 'export thefile' },
  {
    scenario: 'CJK keeps characters, drops CJK punctuation',
    input: '我们需要更快的报告。「好」',
    expected: '我们需要更快的报告 好',
  },
  { scenario: 'final sigma reads as sigma', input: 'ΟΔΟΣ οδος', expected: 'οδοσ' },
  { scenario: 'nothing but separators', input: ' … — “” ', expected: '' },
];

describe('normalizeQuoteText', () => {
  it.each(folds)('$scenario', ({ input, expected }) => {
    expect(normalizeQuoteText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const once = normalizeQuoteText(text);
        expect(normalizeQuoteText(once)).toBe(once);
      }),
    );
  });
});

describe('buildNormalizedText', () => {
  it('maps each folded character back to the original characters it came from', () => {
    const original = 'Honestly, um, I EXPORT it — “ﬁne”';
    const { text, starts, ends } = buildNormalizedText(original);
    expect(text).toBe('honestly i export it fine');
    const exportAt = text.indexOf('export');
    expect(original.slice(starts[exportAt], ends[exportAt + 'export'.length - 1])).toBe('EXPORT');
    const fineAt = text.indexOf('fine');
    expect(original.slice(starts[fineAt], ends[fineAt])).toBe('ﬁ');
    expect(original.slice(starts[fineAt + 1], ends[fineAt + 1])).toBe('ﬁ');
    expect(original.slice(starts[fineAt], ends[fineAt + 3])).toBe('ﬁne');
  });

  it('keeps a map entry per folded UTF-16 unit, in order and inside the original', () => {
    // Includes compatibility characters that fold to several words ("㏂" → "a m") and ligatures.
    const strings = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: fc.constantFrom('㏂', 'ﬁ', ' ', 'A', '.', '\u0301', '😍', '我'), maxLength: 30 }));
    fc.assert(
      fc.property(strings, (original) => {
        const { text, starts, ends } = buildNormalizedText(original);
        expect(starts.length).toBe(text.length);
        expect(ends.length).toBe(text.length);
        for (let index = 0; index < text.length; index++) {
          const start = starts[index] ?? -1;
          const end = ends[index] ?? -1;
          expect(start).toBeGreaterThanOrEqual(index === 0 ? 0 : (starts[index - 1] ?? 0));
          expect(end).toBeGreaterThanOrEqual(start);
          expect(end).toBeLessThanOrEqual(original.length);
        }
      }),
    );
  });

  it('folds a mapped word range to the same word', () => {
    const wordLists = fc.array(fc.constantFrom('Report', 'CAFÉ', 'don’t', 'ﬁle', '我们', 'Ｘ２'), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(wordLists, (words) => {
        const original = words.join(' — ');
        const { text, starts, ends } = buildNormalizedText(original);
        let offset = 0;
        for (const word of text.split(' ')) {
          const passage = original.slice(starts[offset], ends[offset + word.length - 1]);
          expect(normalizeQuoteText(passage)).toBe(word);
          offset += word.length + 1;
        }
      }),
    );
  });
});
