import { cutAtClauseEnd, rewriteEmbeddedClauses } from './clause-cuts.js';
import { dropAdverbs, dropDurations, dropEmptyTails, dropSolutionPhrases, fitLength, neutralizePerson } from './phrase-filters.js';
import { EMPTY_NOUNS, FUNCTION_WORDS, PERSONAL_WORDS } from './rewrite-vocabulary.js';
import type { Word } from './sentence-tokens.js';

/** True when something besides the head verb carries meaning ("find the contract", not "do it"). */
export function hasContent(words: readonly Word[]): boolean {
  return words.slice(1).some((current) => !FUNCTION_WORDS.has(current.key) && !EMPTY_NOUNS.has(current.key) && !/^\d+$/u.test(current.key));
}

/**
 * Turns the words a pattern picked out into a clean object of control, or null when none survives:
 * cut at a reason/contrast/second action; "when I close ..." -> "when closing ..." and a first-person
 * clause elsewhere cut off; "my/our/your" -> "the", "me/us/myself" dropped; durations, frequencies,
 * adverbs ("manually", "always", "quickly") and solution phrases ("in Excel") removed; "and stuff",
 * "or whatever" and dangling function words trimmed; at most `maxWords`. Rejected: fewer than two
 * words, nothing but pronouns after the verb ("do it"), a first- or second-person word left, or a
 * solution that is the object itself.
 */
export function cleanObject(words: readonly Word[], maxWords: number, isClause = false): Word[] | null {
  const steps = dropEmptyTails(dropAdverbs(dropDurations(neutralizePerson(rewriteEmbeddedClauses(cutAtClauseEnd(words, isClause))))));
  const withoutSolutions = dropSolutionPhrases(steps);
  if (withoutSolutions === null) return null;
  const trimmed = dropEmptyTails(withoutSolutions);
  const fitted = fitLength(trimmed, maxWords);
  if (fitted === null || fitted.length < 2 || !hasContent(fitted)) return null;
  if (fitted.some((current) => PERSONAL_WORDS.has(current.key))) return null;
  return fitted;
}
