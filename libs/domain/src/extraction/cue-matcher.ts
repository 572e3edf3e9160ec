import { CUE_TABLE, type CueEntry } from './cue-lexicon.js';
import type { SentenceToken } from './sentence-tokens.js';

/** A cue found in a sentence: tokens `[start, end)` of the tokenized sentence. */
export type CueMatch = { entry: CueEntry; start: number; end: number; negated: boolean };

/** Negated cues keep this share of their strength, which puts them under the reporting floor. */
export const NEGATION_FACTOR = 0.3;

const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'cannot', 'hardly', 'rarely', 'barely', 'seldom', 'without', 'nobody', 'nothing']);

/** Words that end the scope of a negation looking backwards ("I don't want to | miss ..."). */
const SCOPE_BREAKERS: ReadonlySet<string> = new Set(['to', 'that', 'if', 'when', 'whether', 'because', 'and', 'or']);

/** How many words before a cue a negator may stand ("it's not that hard to"). */
const NEGATION_WINDOW = 3;

function isNegator(key: string): boolean {
  return NEGATORS.has(key) || key.endsWith("n't");
}

function negatedAt(tokens: readonly SentenceToken[], start: number): boolean {
  const clause = tokens[start]?.clause;
  for (let i = start - 1; i >= Math.max(0, start - NEGATION_WINDOW); i -= 1) {
    const token = tokens[i];
    // "that" right before the cue is a degree adverb ("not that hard"), not a new clause.
    const degree = token?.key === 'that' && i === start - 1;
    if (token === undefined || token.clause !== clause || (SCOPE_BREAKERS.has(token.key) && !degree)) return false;
    if (isNegator(token.key)) return true;
  }
  return false;
}

function entryMatchesAt(tokens: readonly SentenceToken[], index: number, words: readonly string[]): boolean {
  const clause = tokens[index]?.clause;
  return words.every((word, offset) => {
    const token = tokens[index + offset];
    return token !== undefined && token.key === word && token.clause === clause;
  });
}

/**
 * Cue phrases in a tokenized sentence, left to right, longest phrase first at each word, never
 * overlapping and never across a clause boundary. A cue is `negated` when one of not/no/never/
 * cannot/hardly/without or an "n't" word stands up to three words before it in its clause, with no
 * "to"/"that"/"if"/"when"/"because"/"and" in between ("I don't want to miss" is not negated).
 */
export function findCues(tokens: readonly SentenceToken[]): CueMatch[] {
  const matches: CueMatch[] = [];
  let index = 0;
  while (index < tokens.length) {
    const bucket = CUE_TABLE.get(tokens[index]?.key ?? '');
    const phrase = bucket?.find((candidate) => entryMatchesAt(tokens, index, candidate.words));
    if (phrase === undefined) {
      index += 1;
      continue;
    }
    const length = phrase.words.length;
    matches.push({ entry: phrase.entry, start: index, end: index + length, negated: negatedAt(tokens, index) });
    index += length;
  }
  return matches;
}
