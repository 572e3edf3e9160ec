import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendToTokenCount, EMPTY_TOKEN_COUNT, estimateTokens, tokensOfCount } from './token-estimate.js';

// estimate = ceil((non-space chars / 4 + words × 4/3) / 2 + Han/kana/Hangul characters)
const examples = [
  { scenario: 'empty text', text: '', expected: 0 },
  { scenario: 'whitespace only', text: ' \n\n\t ', expected: 0 },
  { scenario: 'one short word: (5/4 + 4/3) / 2 = 1.29', text: 'hello', expected: 2 },
  { scenario: 'English sentence: (36/4 + 9 × 4/3) / 2 = 10.5', text: 'The quick brown fox jumps over the lazy dog.', expected: 11 },
  { scenario: 'whitespace does not count', text: 'The  quick\n\nbrown fox   jumps over the lazy dog.', expected: 11 },
  { scenario: 'punctuation alone is characters, not words: (3/4) / 2', text: '— … —', expected: 1 },
  { scenario: 'one token per Han character', text: '我们需要更快的报告', expected: 9 },
  { scenario: 'Japanese kana and Korean Hangul', text: 'ありがとう 감사합니다', expected: 10 },
  { scenario: 'emoji count as characters: (2/4) / 2', text: '😍😍', expected: 1 },
];

describe('estimateTokens', () => {
  it.each(examples)('$scenario', ({ text, expected }) => {
    expect(estimateTokens(text)).toBe(expected);
  });

  it('lands near 1.3 tokens per word on conversational English', () => {
    const answer =
      'Honestly, I export it to Excel every Friday and then I fix the columns by hand, which takes me about two hours, ' +
      'and my manager still asks me why the numbers do not match what the dashboard says on Monday morning.';
    const words = answer.split(/\s+/u).length;
    expect(estimateTokens(answer) / words).toBeGreaterThan(1.1);
    expect(estimateTokens(answer) / words).toBeLessThan(1.45);
  });

  it('counts appended pieces exactly as the joined text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { maxLength: 8 }), (pieces) => {
        const count = pieces.reduce(appendToTokenCount, EMPTY_TOKEN_COUNT);
        expect(tokensOfCount(count)).toBe(estimateTokens(pieces.join('')));
      }),
    );
  });

  it('never shrinks when text is appended', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(estimateTokens(`${a} ${b}`)).toBeGreaterThanOrEqual(estimateTokens(a));
      }),
    );
  });
});
