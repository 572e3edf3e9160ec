import { describe, expect, it } from 'vitest';
import { wordCount } from './index.js';

const cases: { scenario: string; text: string; expected: number }[] = [
  { scenario: 'empty string', text: '', expected: 0 },
  { scenario: 'whitespace only', text: ' \n\t ', expected: 0 },
  { scenario: 'simple sentence', text: 'We hired it to close the books.', expected: 7 },
  { scenario: 'mixed whitespace and separators', text: 'one\ttwo\n\nthree  four', expected: 4 },
  { scenario: 'contractions, hyphens and numbers count once', text: "don't well-known 3.5 $40", expected: 4 },
  { scenario: 'lone punctuation is not a word', text: 'yes — no - ...', expected: 2 },
  { scenario: 'non-Latin scripts', text: 'naïve José 日本語 مرحبا', expected: 4 },
];

describe('wordCount', () => {
  it.each(cases)('$scenario', ({ text, expected }) => {
    expect(wordCount(text)).toBe(expected);
  });
});
