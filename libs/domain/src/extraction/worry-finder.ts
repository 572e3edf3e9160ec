import { verbFormToGerund } from './gerund.js';
import { candidate, clauseBounds, isVerbLike, wordsFrom, type ObjectCandidate, type ObjectFinder } from './object-candidate.js';
import { ADVERBS, COPULAS, DETERMINERS, FREQUENCY_ADVERBS, MENTAL_VERBS, MODALS, NEGATED_MODALS, PERSON_SUBJECTS, isGerund } from './rewrite-vocabulary.js';
import type { SentenceToken, Word } from './sentence-tokens.js';
import { findGerundSubject, findInfinitive, usedAsVerb } from './verb-phrase-finders.js';

/** Auxiliaries after a noun-phrase subject that make "the likelihood that <clause>" read well. */
const FINITE_AUXILIARIES = new Set(`is are was were will won't would might may could can can't gets get got goes went has have had
  doesn't don't didn't isn't aren't wasn't weren't`.split(/\s+/u));

/** Cue words that express fear and are followed by what is feared ("afraid I'll miss ..."). */
const FEAR_WORDS = new Set(['worried', 'afraid', 'scared', 'terrified', 'nervous', 'anxious', 'worry', 'worrying', 'worries']);

/** Subjects without a modal ("I miss" as opposed to "I'll miss"). */
const BARE_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'people', 'someone', 'somebody']);

const gerundWord = (form: string): Word => {
  const gerund = verbFormToGerund(form);
  return { text: gerund, key: gerund };
};

/**
 * "I'll miss a supplier payment" from `from`: a first-person subject, optional modals and adverbs, then
 * the verb, which becomes a gerund ("missing a supplier payment"); a negated modal gives "not ...ing".
 * A noun-phrase subject with an auxiliary gives a clause ("the numbers are wrong"). Null otherwise.
 */
export function readFearedClause(tokens: readonly SentenceToken[], from: number, end: number, quality: number): ObjectCandidate | null {
  const subject = tokens[from];
  if (subject === undefined) return null;
  if (PERSON_SUBJECTS.has(subject.key)) {
    let verb = from + 1;
    let negated = false;
    while (verb < end && (MODALS.has(tokens[verb]?.key ?? '') || ADVERBS.has(tokens[verb]?.key ?? '') || NEGATED_MODALS.has(tokens[verb]?.key ?? ''))) {
      if (NEGATED_MODALS.has(tokens[verb]?.key ?? '')) negated = true;
      verb += 1;
    }
    const verbToken = tokens[verb];
    const contractedBe = /'(?:m|re)$/u.test(subject.key) && verb === from + 1;
    if (!isVerbLike(verbToken) || COPULAS.has(verbToken.key) || MENTAL_VERBS.has(verbToken.key) || (contractedBe && !isGerund(verbToken.key))) return null;
    const head = negated ? [{ text: 'not', key: 'not' }, gerundWord(verbToken.key)] : [gerundWord(verbToken.key)];
    return candidate('gerund', 'likelihood', [...head, ...wordsFrom(tokens, verb + 1, end)], quality);
  }
  if (DETERMINERS.has(subject.key) && subject.key !== 'no') {
    for (let aux = from + 1; aux < Math.min(end - 1, from + 6); aux += 1) {
      if (FINITE_AUXILIARIES.has(tokens[aux]?.key ?? '')) return candidate('clause', 'likelihood', wordsFrom(tokens, from, end), quality * 0.9);
    }
  }
  return null;
}

/** After "afraid"/"worried"/"what if"/"nightmare when"/"risk that": a gerund or a feared clause. */
function afterFear(tokens: readonly SentenceToken[], from: number, end: number): ObjectCandidate | null {
  let i = from;
  if (['that', 'when', 'if', 'whenever'].includes(tokens[i]?.key ?? '')) i += 1;
  const key = tokens[i]?.key ?? '';
  if ((key === 'about' || key === 'of') && isGerund(tokens[i + 1]?.key ?? '')) {
    return candidate('gerund', 'likelihood', wordsFrom(tokens, i + 1, end), 1);
  }
  return readFearedClause(tokens, i, end, 1);
}

/** "I always forget to attach the receipt", "I missed a payment", "we keep missing deadlines". */
function fromFailureVerb(tokens: readonly SentenceToken[], index: number, verb: string, start: number, end: number): ObjectCandidate | null {
  if (!usedAsVerb(tokens, index)) return null;
  const key = tokens[index]?.key ?? '';
  const past = key !== verb && key !== `${verb}s`;
  const previous = tokens[index - 1]?.key ?? '';
  // A bare present "I miss the old system" is nostalgia, not a failure; it needs a modal, "to" or a
  // frequency adverb somewhere before it ("Sometimes I miss an important email").
  const frequent = tokens.slice(start, index).some((token) => FREQUENCY_ADVERBS.has(token.key));
  if (!past && BARE_SUBJECTS.has(previous) && !frequent) return null;
  return candidate('gerund', 'likelihood', [gerundWord(verb), ...wordsFrom(tokens, index + 1, end)], 1);
}

/** "I make mistakes when entering codes", "it's easy to make a mistake" -> "making mistakes ...". */
function fromMistake(tokens: readonly SentenceToken[], index: number, end: number): ObjectCandidate | null {
  for (let verb = index - 1; verb >= Math.max(0, index - 3); verb -= 1) {
    const key = tokens[verb]?.key ?? '';
    if (['make', 'made', 'makes', 'making'].includes(key)) {
      return usedAsVerb(tokens, verb) ? candidate('gerund', 'likelihood', [gerundWord('make'), ...wordsFrom(tokens, verb + 1, end)], 0.9) : null;
    }
  }
  return null;
}

/** "we always pay suppliers late" -> "paying suppliers late": the clause's own subject and verb. */
function fromLateClause(tokens: readonly SentenceToken[], index: number, start: number, end: number): ObjectCandidate | null {
  for (let subject = start; subject < index; subject += 1) {
    if (PERSON_SUBJECTS.has(tokens[subject]?.key ?? '')) {
      const found = readFearedClause(tokens, subject, end, 0.85);
      return found !== null && found.words.some((word) => word.key === 'late') ? found : null;
    }
  }
  return null;
}

/**
 * Worries become "Minimize the likelihood of ...": what follows a fear word ("afraid I'll miss a
 * supplier payment", "worried about losing receipts"), "what if I ...", "risk of/that ...",
 * "nightmare when ..." (a "nightmare to reconcile" is a time cost instead), failure verbs used as verbs
 * ("I forgot to ...", "we keep missing ..."), "make mistakes", and clauses ending "... late".
 */
export const findWorry: ObjectFinder = (input) => {
  const { tokens, cue } = input;
  const { start, end } = clauseBounds(tokens, cue.start);
  const phrase = cue.entry.phrase;
  if (FEAR_WORDS.has(phrase) || phrase === 'what if') return afterFear(tokens, cue.end, end);
  if (phrase === 'nightmare') {
    const feared = afterFear(tokens, cue.end, end);
    if (feared !== null || tokens[cue.end]?.key === 'when' || tokens[cue.end]?.key === 'if') return feared;
    // "a nightmare to reconcile ..." / "Doing the payroll is a nightmare" are time costs, not risks.
    const costly = findInfinitive(input) ?? findGerundSubject(input);
    return costly === null ? null : { ...costly, metric: 'time' };
  }
  if (phrase === 'risk' || phrase === 'the risk') {
    const next = tokens[cue.end]?.key ?? '';
    if (next === 'of' && isGerund(tokens[cue.end + 1]?.key ?? '')) return candidate('gerund', 'likelihood', wordsFrom(tokens, cue.end + 1, end), 1);
    if (next === 'of') return candidate('noun', 'likelihood', wordsFrom(tokens, cue.end + 1, end), 0.85);
    if (next === 'that') return readFearedClause(tokens, cue.end + 1, end, 1);
    return isGerund(next) ? candidate('gerund', 'likelihood', wordsFrom(tokens, cue.end, end), 0.9) : null;
  }
  if (cue.entry.verb !== undefined) return fromFailureVerb(tokens, cue.start, cue.entry.verb, start, end);
  if (phrase === 'mistake' || phrase === 'mistakes' || phrase === 'errors') return fromMistake(tokens, cue.start, end);
  if (phrase === 'late') return fromLateClause(tokens, cue.start, start, end);
  return null;
};
