import { assertStatementText } from './statement-input.js';
import { wordKeys } from './statement-tokens.js';

// Plain ASCII keys are already a fixed point of the pass below.
const PLAIN = /^[a-z0-9 ]*$/u;

/**
 * A comparison key for a statement, not a display form. Applies, in order: Unicode NFKC (full-width
 * letters, ligatures and compatibility digits become plain ones), lower case, removal of apostrophes
 * ("customer's" → "customers"), British → American spelling of a curated word list (minimise →
 * minimize, prioritise → prioritize, behaviour → behavior ...), and removal of every character that is not
 * a letter, digit or combining mark, with the words joined by single spaces. Stop words and direction
 * synonyms ("Reduce" vs "Minimize") are kept: two statements with the same key are the same statement,
 * and {@link outcomeSimilarity} deals with wording differences.
 *
 * Idempotent: `normalizeOutcomeStatement(normalizeOutcomeStatement(s)) === normalizeOutcomeStatement(s)`.
 *
 * @throws DomainInputError `INVALID_TYPE` (`text`) when `text` is not a string.
 */
export function normalizeOutcomeStatement(text: string): string {
  assertStatementText(text, 'text');
  return normalizeStatementText(text);
}

/** {@link normalizeOutcomeStatement} for a string the caller already checked. */
export function normalizeStatementText(text: string): string {
  let current = normalizeOnce(text);
  if (PLAIN.test(current)) return current;
  // Lower-casing can leave a string that NFKC changes again, and dropping an apostrophe can join Hangul
  // jamo into a syllable; repeating the pass until nothing changes keeps the function idempotent.
  for (let pass = 0; pass < 4; pass++) {
    const next = normalizeOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

function normalizeOnce(text: string): string {
  return wordKeys(text.normalize('NFKC').toLowerCase().normalize('NFKC')).join(' ');
}
