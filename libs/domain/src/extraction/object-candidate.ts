import type { CueMatch } from './cue-matcher.js';
import { DETERMINERS, FUNCTION_WORDS, PERSON_SUBJECTS } from './rewrite-vocabulary.js';
import type { SentenceToken, Word } from './sentence-tokens.js';

/**
 * How the object of control reads, which decides the wording of the metric:
 * `base` "reconcile the bank feed", `gerund` "chasing approvals", `noun` "duplicate payments",
 * `clause` "the numbers are wrong", `agent` "for the supplier to send the invoice".
 */
export type ObjectForm = 'base' | 'gerund' | 'noun' | 'clause' | 'agent';

/** The measure a statement minimizes (or, for `likelihoodIncrease` and `accuracy`, increases). */
export type OutcomeMetric = 'time' | 'effort' | 'likelihood' | 'likelihoodIncrease' | 'accuracy' | 'number';

/** What a pattern found: the raw object words and how sure the pattern is (0..1). */
export type ObjectCandidate = { form: ObjectForm; metric: OutcomeMetric; words: Word[]; quality: number };

/** The sentence and the cue a finder works on. */
export type FinderInput = { tokens: readonly SentenceToken[]; cue: CueMatch };

/** A pattern that reads an object of control around a cue. */
export type ObjectFinder = (input: FinderInput) => ObjectCandidate | null;

/** Words taken after a verb before cleanup; statements are at most 20 words, so more is never needed. */
export const MAX_RAW_OBJECT_WORDS = 40;

/** Tokens `[start, end)` of the clause holding token `index`, at most 60 tokens either side. */
export function clauseBounds(tokens: readonly SentenceToken[], index: number): { start: number; end: number } {
  const clause = tokens[index]?.clause;
  let start = index;
  while (start > 0 && index - start < 60 && tokens[start - 1]?.clause === clause) start -= 1;
  let end = index;
  while (end < tokens.length && end - index < 60 && tokens[end]?.clause === clause) end += 1;
  return { start, end };
}

/** Words of `tokens[from, end)`, capped at {@link MAX_RAW_OBJECT_WORDS}. */
export function wordsFrom(tokens: readonly SentenceToken[], from: number, end: number): Word[] {
  return tokens.slice(from, Math.min(end, from + MAX_RAW_OBJECT_WORDS)).map((token) => ({ text: token.text, key: token.key }));
}

/** Adjectives that follow "to" in cue phrases or stand where a verb is expected ("hard to hard to ..."). */
const NOT_VERBS: ReadonlySet<string> = new Set(['hard', 'difficult', 'easy', 'impossible', 'possible', 'able', 'ready', 'happy', 'sure', 'time', 'forever', 'hours', 'ages']);

/** A word that can be the verb after "to": not a function word, pronoun, number or mid-sentence proper noun. */
export function isVerbLike(token: SentenceToken | undefined): token is SentenceToken {
  if (token === undefined || FUNCTION_WORDS.has(token.key) || DETERMINERS.has(token.key) || PERSON_SUBJECTS.has(token.key)) return false;
  if (/^\d/u.test(token.key) || NOT_VERBS.has(token.key)) return false;
  return !(token.start > 0 && /^\p{Lu}/u.test(token.text));
}

/** An {@link ObjectCandidate}, for brevity in the finders. */
export function candidate(form: ObjectForm, metric: OutcomeMetric, words: Word[], quality: number): ObjectCandidate {
  return { form, metric, words, quality };
}
