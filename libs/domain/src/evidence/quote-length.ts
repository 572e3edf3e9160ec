import { isNoSpaceScript, isWideCharacter } from './character-classes.js';

/** The size of a folded quote, as the minimum-length rule measures it. */
export type QuoteSize = {
  /** Characters of the folded quote, spaces included; Han, kana and Hangul characters count 2. */
  weightedChars: number;
  /** Space-separated words of the folded quote. */
  words: number;
  /** True when the quote has characters of a script written without spaces (Chinese, Japanese, Thai…). */
  noSpaceScript: boolean;
};

/** Measures a quote already folded by `normalizeQuoteText`. */
export function measureQuote(normalized: string): QuoteSize {
  let weightedChars = 0;
  let noSpaceScript = false;
  for (const character of normalized) {
    weightedChars += isWideCharacter(character) ? 2 : 1;
    if (!noSpaceScript && isNoSpaceScript(character)) noSpaceScript = true;
  }
  const words = normalized === '' ? 0 : normalized.split(' ').length;
  return { weightedChars, words, noSpaceScript };
}

/**
 * The minimum-length rule: a quote grounds an outcome only when its folded form has at least
 * `minChars` weighted characters and at least `minWords` words. The word rule is waived for scripts
 * written without spaces, where a whole sentence is one "word".
 */
export function isLongEnough(size: QuoteSize, minChars: number, minWords: number): boolean {
  return size.weightedChars >= minChars && (size.words >= minWords || size.noSpaceScript);
}
