import { candidate, clauseBounds, isVerbLike, wordsFrom, type ObjectCandidate, type ObjectFinder } from './object-candidate.js';
import { DETERMINERS, PERSON_SUBJECTS, isGerund } from './rewrite-vocabulary.js';
import type { SentenceToken } from './sentence-tokens.js';
import { readFearedClause } from './worry-finder.js';

/** Modal phrases after the wisher ("I wish I could ...", "if we were able to ..."), in words. */
const ABILITY = [['could'], ['can'], ['would'], ['were', 'able', 'to'], ['was', 'able', 'to'], ['had', 'a', 'way', 'to'], ['could', 'just']];

/** "I wish I didn't have to ...": the wish is to be spared an effort. */
const SPARED = [["didn't", 'have', 'to'], ['did', 'not', 'have', 'to'], ['never', 'had', 'to'], ["didn't", 'need', 'to'], ["wouldn't", 'have', 'to'], ['never', 'have', 'to']];

/** Adjectives of correctness: "I wish the numbers were right" -> "Increase the accuracy of the numbers". */
const CORRECT = new Set(['accurate', 'correct', 'right', 'reliable', 'up-to-date', 'consistent']);

/** Speed words that make a wish a time outcome, dropped from the object as vague. */
const SPEED = new Set(['faster', 'quicker', 'quickly', 'sooner', 'fast', 'instantly', 'immediately', 'earlier']);

/** Verbs of having or acquiring: a wish built on them asks for a solution. */
const THING_VERBS = new Set(['have', 'use', 'buy', 'build', 'add', 'own', 'try', 'install', 'integrate']);

function matchesAt(tokens: readonly SentenceToken[], index: number, words: readonly string[]): boolean {
  return words.every((word, offset) => tokens[index + offset]?.key === word);
}

/** A wished-for action ("close the books faster", "get paid on time", "avoid paying late fees") as a candidate. */
function wishedAction(tokens: readonly SentenceToken[], verb: number, end: number, spared: boolean): ObjectCandidate | null {
  // "I'd like to be able to see ..." wishes to see.
  if (matchesAt(tokens, verb, ['be', 'able', 'to'])) return wishedAction(tokens, verb + 3, end, spared);
  if (!isVerbLike(tokens[verb])) return null;
  const assurance = matchesAt(tokens, verb, ['make', 'sure']) ? 2 : tokens[verb]?.key === 'ensure' ? 1 : 0;
  if (assurance > 0) {
    const clause = tokens[verb + assurance]?.key === 'that' ? verb + assurance + 1 : verb + assurance;
    const found = readFearedClause(tokens, clause, end, 1);
    return found?.form === 'clause' ? { ...found, metric: 'likelihoodIncrease' } : null;
  }
  const words = wordsFrom(tokens, verb, end);
  const keys = words.map((word) => word.key);
  // "I'd love to have a dashboard" wants a thing, not an outcome.
  if (THING_VERBS.has(keys[0] ?? '') || (keys[0] === 'get' && DETERMINERS.has(keys[1] ?? ''))) return null;
  if (spared) return candidate('base', 'effort', words, 1);
  // "spend less time on data entry" / "spend less time chasing ..." is the time metric itself.
  if (keys[0] === 'spend' && (keys[1] === 'less' || keys[1] === 'no') && keys[2] === 'time') {
    if (keys[3] === 'on') return candidate('noun', 'time', words.slice(4), 1);
    return isGerund(keys[3] ?? '') ? candidate('gerund', 'time', words.slice(3), 1) : null;
  }
  if (['avoid', 'stop', 'prevent'].includes(keys[0] ?? '')) {
    return isGerund(keys[1] ?? '') ? candidate('gerund', 'likelihood', words.slice(1), 1) : candidate('noun', 'likelihood', words.slice(1), 0.85);
  }
  const onTime = keys.findIndex((key, i) => (key === 'on' || key === 'in') && keys[i + 1] === 'time');
  if (onTime > 0) return candidate('base', 'likelihoodIncrease', words.slice(0, onTime + 2), 1);
  if (keys.some((key) => SPEED.has(key))) return candidate('base', 'time', words.filter((word) => !SPEED.has(word.key)), 1);
  return candidate('base', 'time', words, 0.8);
}

/** "the forecast was more accurate" -> accuracy; "there were fewer manual steps" -> number. */
function wishedState(tokens: readonly SentenceToken[], from: number, end: number): ObjectCandidate | null {
  if (matchesAt(tokens, from, ['there', 'were']) || matchesAt(tokens, from, ['there', 'was']) || matchesAt(tokens, from, ["there'd", 'be'])) {
    const quantity = from + 2;
    if (['fewer', 'less'].includes(tokens[quantity]?.key ?? '')) return candidate('noun', 'number', wordsFrom(tokens, quantity + 1, end), 0.9);
    return null;
  }
  if (!DETERMINERS.has(tokens[from]?.key ?? '')) return null;
  for (let be = from + 1; be < Math.min(end - 1, from + 6); be += 1) {
    if (!['was', 'were', 'is', 'are'].includes(tokens[be]?.key ?? '')) continue;
    const adjective = tokens[be + 1]?.key === 'more' ? be + 2 : be + 1;
    return CORRECT.has(tokens[adjective]?.key ?? '') && adjective + 1 >= end ? candidate('noun', 'accuracy', wordsFrom(tokens, from, be), 0.9) : null;
  }
  return null;
}

/**
 * Wishes become outcomes only when they name an action or a measurable state: "I'd love to ..." /
 * "I want to ..." (the verb right after "to"), "I wish I could ...", "would be great if we could ...",
 * "I wish I didn't have to ..." (effort), "I wish I knew ..." (time to know), "I wish the numbers were
 * accurate" (Increase the accuracy of ...), "I wish there were fewer ..." (Minimize the number of ...).
 * A speed word makes it a time outcome; "on time" an "Increase the likelihood of ..." outcome; "avoid X"
 * a likelihood outcome. Requests for things ("I want a dashboard", "I wish it would ...") give nothing.
 */
export const findWish: ObjectFinder = (input) => {
  const { tokens, cue } = input;
  const { end } = clauseBounds(tokens, cue.start);
  let i = cue.end;
  if (tokens[i]?.key === 'to') return wishedAction(tokens, i + 1, end, false);
  if (tokens[i]?.key === 'if' || tokens[i]?.key === 'that') i += 1;
  const subject = tokens[i]?.key ?? '';
  if (!PERSON_SUBJECTS.has(subject)) return wishedState(tokens, i, end);
  if (subject.endsWith("'d")) return wishedAction(tokens, i + 1, end, false);
  const spared = SPARED.find((words) => matchesAt(tokens, i + 1, words));
  if (spared !== undefined) return wishedAction(tokens, i + 1 + spared.length, end, true);
  if (tokens[i + 1]?.key === 'knew') {
    return candidate('base', 'time', [{ text: 'know', key: 'know' }, ...wordsFrom(tokens, i + 2, end)], 0.85);
  }
  const ability = ABILITY.find((words) => matchesAt(tokens, i + 1, words));
  return ability === undefined ? null : wishedAction(tokens, i + 1 + ability.length, end, false);
};
