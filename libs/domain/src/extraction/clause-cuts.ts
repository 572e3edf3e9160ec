// Where an object of control ends: at a reason, a contrast, a second action, the sentence's own verb,
// or a first-person clause, which a neutral statement cannot keep.
import { isFiniteVerb, verbFormToGerund } from './gerund.js';
import {
  ACTION_VERBS,
  ADVERBS,
  AND_IDIOMS,
  CLARIFIER_MARKERS,
  COMPLEMENTIZERS,
  CUT_WORDS,
  DETERMINERS,
  FUNCTION_WORDS,
  MODALS,
  PERSON_SUBJECTS,
  isGerund,
} from './rewrite-vocabulary.js';
import { SUBJECT_WORDS, type Word } from './sentence-tokens.js';

const word = (text: string): Word => ({ text, key: text.toLowerCase() });

/** Finite verbs that, outside an embedded clause, belong to the sentence, not the object ("waiting for approvals | takes forever"). */
const MAIN_CLAUSE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', "'s", 'takes', 'took', 'gets', 'makes', 'kills', 'drives', 'seems', 'feels', 'eats']);

/** Words after a gerund that show it takes an object ("typing them", "checking the totals"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([...DETERMINERS, 'them', 'it', 'up', 'out', 'in', 'on']);

/** True when a finite verb follows within two words of `from` ("the site | went down"). */
function opensClause(words: readonly Word[], from: number): boolean {
  for (let i = from; i < Math.min(words.length, from + 3); i += 1) {
    if (isFiniteVerb(words[i]?.key ?? '')) return true;
  }
  return false;
}

/** Ends the object at a reason, a contrast, a second action or the sentence's own verb ("..., because", "and then check ..."). */
export function cutAtClauseEnd(words: readonly Word[], isClause: boolean): Word[] {
  const kept: Word[] = [];
  let embedded = isClause;
  for (let i = 0; i < words.length; i += 1) {
    const current = words[i];
    if (current === undefined) break;
    const previous = words[i - 1]?.key ?? '';
    const next = words[i + 1]?.key ?? '';
    if (i > 0 && CUT_WORDS.has(current.key)) break;
    if (COMPLEMENTIZERS.has(current.key) || current.key === 'sure') embedded = true;
    if (i > 0 && !embedded && MAIN_CLAUSE_VERBS.has(current.key)) break;
    if (i > 0 && current.key === 'so' && (SUBJECT_WORDS.has(next) || next === 'that')) break;
    const joiner = current.key === 'and' || current.key === 'or' || current.key === 'plus' || current.key === 'then';
    if (i > 0 && joiner && !AND_IDIOMS.has(`${previous}-${current.key}-${next}`)) {
      if (SUBJECT_WORDS.has(next) || ACTION_VERBS.has(next) || MODALS.has(next) || next === 'then' || next === '') break;
      // "... and typing them in later": a second gerund with its own object.
      if (isGerund(next) && OBJECT_OPENERS.has(words[i + 2]?.key ?? '')) break;
      // "... and the site went down": a new clause with a noun subject.
      if (DETERMINERS.has(next) && opensClause(words, i + 2)) break;
    }
    kept.push(current);
  }
  return kept;
}

/** "when I close the month" -> "when closing the month"; a first-person clause anywhere else ends the object. */
export function rewriteEmbeddedClauses(words: readonly Word[]): Word[] {
  const kept: Word[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const current = words[i];
    if (current === undefined) break;
    const subject = words[i + 1];
    if (i > 0 && CLARIFIER_MARKERS.has(current.key) && subject !== undefined && PERSON_SUBJECTS.has(subject.key)) {
      let verb = i + 2;
      while (verb < words.length && (MODALS.has(words[verb]?.key ?? '') || ADVERBS.has(words[verb]?.key ?? ''))) verb += 1;
      const verbWord = words[verb];
      if (verbWord === undefined || FUNCTION_WORDS.has(verbWord.key)) break;
      kept.push(current, word(verbFormToGerund(verbWord.key)));
      i = verb;
      continue;
    }
    if (PERSON_SUBJECTS.has(current.key)) {
      // "how much stock | we need": the subject belongs to the complementizer's clause, which goes whole;
      // "the documents | we sent": a relative clause after a complete one, which goes from the subject.
      const opener = kept.findLastIndex((candidate) => COMPLEMENTIZERS.has(candidate.key));
      if (opener > 0 && !kept.slice(opener + 1).some((candidate) => isFiniteVerb(candidate.key))) kept.length = opener;
      while (kept.length > 1 && COMPLEMENTIZERS.has(kept.at(-1)?.key ?? '')) kept.pop();
      break;
    }
    kept.push(current);
  }
  return kept;
}
