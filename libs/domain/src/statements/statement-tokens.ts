import { americanSpelling } from './spelling-variants.js';

/**
 * A word of the statement. `lower` keeps apostrophes (unified to ') so contractions such as "we'll" stay
 * distinguishable from "well"; `key` drops them and unifies spelling, and is what every lexicon matches.
 */
export type StatementToken = { start: number; end: number; lower: string; key: string };

// A word starts with a letter or digit and may carry combining marks (decomposed accents stay inside the
// word) and inner apostrophes ("customer's", "don't"). Everything else separates words, which is what
// makes parsing tolerant of quotes, commas, trailing periods and runs of whitespace.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['‘’][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
const APOSTROPHES = /['‘’]/gu;

/** Splits `text` into words with their UTF-16 offsets into `text`. */
export function tokenizeStatement(text: string): StatementToken[] {
  const tokens: StatementToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const lower = raw.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'");
    tokens.push({ start: match.index, end: match.index + raw.length, lower, key: wordKey(lower) });
  }
  return tokens;
}

/** Comparison keys of an already NFKC-normalized, lower-case text. */
export function wordKeys(lowerText: string): string[] {
  const keys: string[] = [];
  for (const match of lowerText.matchAll(WORD)) keys.push(wordKey(match[0]));
  return keys;
}

function wordKey(lower: string): string {
  return americanSpelling(lower.replace(APOSTROPHES, ''));
}
