import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createQuoteLocator } from './quote-locator.js';
import { normalizeQuoteText } from './text-normalization-map.js';

// Words and separators like those of real transcripts, with the characters that folding touches:
// curly quotes, dashes, ellipses, accents, apostrophes, emoji, CJK, hesitations and stutters.
const WORDS = [
  ...['we', 'export', 'the', 'report', 'Excel', 'every', 'Friday', 'I', 'so', 'it', 'it', 'takes', 'two', 'hours'],
  ...['um', 'uh', 'don’t', "can't", 'café', 'NAÏVE', 'Über', '我们', '报告', '😍', '“forever”', 'co-op', '3.5'],
];
const SEPARATORS = [' ', ' ', ' ', '  ', '\n\n', ', ', '. ', '—', ' – ', '… ', ' (', ') ', '\t'];

type Sample = { text: string; wordStarts: number[]; wordEnds: number[] };

const transcriptText = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 3, maxLength: 80 })
  .map((pairs): Sample => {
    let text = '';
    const wordStarts: number[] = [];
    const wordEnds: number[] = [];
    for (const [word, separator] of pairs) {
      wordStarts.push(text.length);
      text += word;
      wordEnds.push(text.length);
      text += separator;
    }
    return { text, wordStarts, wordEnds };
  });

const WHITESPACE_RUNS = [' ', '  ', '\n', '\t', ' \n '];

/** Changes the case of some letters and replaces every whitespace run, deterministically from `seed`. */
function mangle(quote: string, seed: number): string {
  let state = seed;
  const next = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 16;
  };
  const recased = Array.from(quote, (character) => (next() % 2 === 0 ? character.toUpperCase() : character.toLowerCase())).join('');
  return recased.replace(/\s+/gu, () => WHITESPACE_RUNS[next() % WHITESPACE_RUNS.length] ?? ' ');
}

describe('quote locator properties', () => {
  it('locates any long-enough substring exactly, and slicing gives it back', () => {
    fc.assert(
      fc.property(transcriptText, fc.nat(), fc.nat(), ({ text }, a, b) => {
        fc.pre(text.length >= 12);
        const start = a % (text.length - 11);
        const end = start + 12 + (b % (text.length - start - 11));
        const quote = text.slice(start, end);
        const result = createQuoteLocator(text).locate(quote);
        fc.pre(!(result.found === false && result.reason === 'too_short'));
        expect(result.found).toBe(true);
        if (!result.found) return;
        expect(result.match).toBe('exact');
        expect(text.slice(result.start, result.end)).toBe(quote.trim());
      }),
      { numRuns: 300 },
    );
  });

  it('locates a whole-word substring with mangled case and whitespace, on a range that folds to the same words', () => {
    fc.assert(
      fc.property(transcriptText, fc.nat(), fc.nat(), fc.nat(), ({ text, wordStarts, wordEnds }, a, b, seed) => {
        fc.pre(wordStarts.length >= 3);
        const first = a % (wordStarts.length - 2);
        const last = first + 2 + (b % (wordStarts.length - first - 2));
        const quote = mangle(text.slice(wordStarts[first], wordEnds[last]), seed);
        const result = createQuoteLocator(text).locate(quote);
        fc.pre(!(result.found === false && result.reason === 'too_short'));
        expect(result.found).toBe(true);
        if (!result.found) return;
        expect(['exact', 'normalized']).toContain(result.match);
        expect(normalizeQuoteText(text.slice(result.start, result.end))).toBe(normalizeQuoteText(quote));
      }),
      { numRuns: 300 },
    );
  });

  it('never finds a quote with a word that is not in the text', () => {
    fc.assert(
      fc.property(transcriptText, fc.nat(), ({ text, wordStarts, wordEnds }, a) => {
        const first = a % wordStarts.length;
        const quote = `${text.slice(wordStarts[first], wordEnds[Math.min(first + 4, wordEnds.length - 1)])} spreadsheet`;
        expect(createQuoteLocator(text).locate(quote).found).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
