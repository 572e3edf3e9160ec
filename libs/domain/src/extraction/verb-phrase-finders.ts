import {
  candidate,
  clauseBounds,
  isVerbLike,
  wordsFrom,
  type FinderInput,
  type ObjectCandidate,
  type ObjectFinder,
  type OutcomeMetric,
} from './object-candidate.js';
import { ADVERBS, DETERMINERS, FREQUENCY_ADVERBS, FUNCTION_WORDS, MODALS, PERSON_SUBJECTS, isGerund } from './rewrite-vocabulary.js';
import type { SentenceToken } from './sentence-tokens.js';

/** How far after a cue "to + verb" may stand ("takes me a couple of hours to ..."). */
const INFINITIVE_WINDOW = 8;

/** How far after a cue a gerund may stand ("spend hours every week reconciling ..."). */
const GERUND_WINDOW = 6;

/** Words that may stand between a cue and its gerund ("struggle with", "spend the whole day"). */
const GERUND_BRIDGE = new Set(`with of on in at for by time so much many a lot whole entire all day days hour hours minutes
  weeks week ages forever every each single morning afternoon half an my our up more than two three four five most is was`.split(/\s+/u));

/** Verbs after a gerund subject ("Reconciling the feed | takes forever", "Chasing approvals | is a hassle"). */
const AFTER_GERUND_SUBJECT = new Set(`is was are were takes took take can could will would has had always still eats kills drives
  makes gets feels seems becomes remains causes 's`.split(/\s+/u));

/** Counted durations after "wait" ("two days", "a few hours", "ages"). */
const DURATION_WORDS = new Set(`a an one two three four five six seven eight nine ten few couple of several whole entire
  minutes hours days weeks months ages forever hour day week month`.split(/\s+/u));

/** Verbs of spending time, which allow "spend hours on the month-end close" (a noun object). */
const SPENDING_VERBS = new Set('spend spends spent spending waste wastes wasted wasting lose loses lost time'.split(' '));

/** A word that can open a noun phrase: a determiner or a content word ("on the close", "on status meetings"). */
function isNounStart(token: SentenceToken | undefined): boolean {
  return token !== undefined && (DETERMINERS.has(token.key) || !FUNCTION_WORDS.has(token.key));
}

function metricFor(input: FinderInput): OutcomeMetric {
  const { cue } = input.cue.entry;
  return cue === 'effort_cost' || cue === 'workaround' ? 'effort' : 'time';
}

/** "hard to reconcile the bank feed", "takes me hours to reconcile ...", "takes forever for the bank to confirm ...". */
export const findInfinitive: ObjectFinder = (input) => {
  const { tokens, cue } = input;
  const { end } = clauseBounds(tokens, cue.start);
  for (let to = cue.start; to < Math.min(end - 1, cue.end + INFINITIVE_WINDOW); to += 1) {
    if (tokens[to]?.key !== 'to') continue;
    let verb = to + 1;
    while (verb < end && ADVERBS.has(tokens[verb]?.key ?? '')) verb += 1;
    if (!isVerbLike(tokens[verb])) continue;
    const quality = to - cue.end <= 3 ? 1 : 0.85;
    const metric = metricFor(input);
    let agent = cue.end;
    while (agent < to && !(tokens[agent]?.key === 'for' && DETERMINERS.has(tokens[agent + 1]?.key ?? ''))) agent += 1;
    if (metric === 'time' && agent < to) return candidate('agent', 'time', wordsFrom(tokens, agent, end), quality);
    return candidate('base', metric, wordsFrom(tokens, verb, end), quality);
  }
  return null;
};

/** "struggle with reconciling ...", "spend hours chasing ...", "the hassle of re-entering ...", "spend hours on the close". */
export const findGerundAfter: ObjectFinder = (input) => {
  const { tokens, cue } = input;
  const { start, end } = clauseBounds(tokens, cue.start);
  const spending = tokens.slice(Math.max(start, cue.start - 3), cue.end).some((token) => SPENDING_VERBS.has(token.key));
  for (let i = cue.end; i < Math.min(end, cue.end + GERUND_WINDOW); i += 1) {
    const key = tokens[i]?.key ?? '';
    if (isGerund(key) && !DETERMINERS.has(tokens[i - 1]?.key ?? '')) return candidate('gerund', metricFor(input), wordsFrom(tokens, i, end), i === cue.end ? 1 : 0.9);
    if (spending && key === 'on' && isNounStart(tokens[i + 1])) return candidate('noun', 'time', wordsFrom(tokens, i + 1, end), 0.85);
    if (!GERUND_BRIDGE.has(key) && !/^\d+$/u.test(key)) return null;
  }
  return null;
};

/** "Chasing approvals is a hassle", "Reconciling the bank feed takes forever". */
export const findGerundSubject: ObjectFinder = (input) => {
  const { tokens, cue } = input;
  const { start } = clauseBounds(tokens, cue.start);
  if (!isGerund(tokens[start]?.key ?? '') || cue.start <= start + 1) return null;
  for (let verb = start + 1; verb <= cue.start; verb += 1) {
    if (AFTER_GERUND_SUBJECT.has(tokens[verb]?.key ?? '')) return candidate('gerund', metricFor(input), wordsFrom(tokens, start, verb), 0.9);
  }
  return null;
};

/** True when the verb cue at `index` is used as a verb: after a subject, modal, "to", "keep" or a frequency adverb. */
export function usedAsVerb(tokens: readonly SentenceToken[], index: number): boolean {
  let before = index - 1;
  while (before >= 0 && ADVERBS.has(tokens[before]?.key ?? '') && !FREQUENCY_ADVERBS.has(tokens[before]?.key ?? '')) before -= 1;
  const key = tokens[before]?.key;
  if (key === undefined || tokens[before]?.clause !== tokens[index]?.clause) return isGerund(tokens[index]?.key ?? '');
  return PERSON_SUBJECTS.has(key) || MODALS.has(key) || key === 'to' || FREQUENCY_ADVERBS.has(key) || ['they', 'he', 'she', 'people'].includes(key);
}

/**
 * Cues that are the verb of the object themselves ("I can't find the contract" -> "find the
 * contract", "I chase suppliers for receipts" -> "chase suppliers for receipts", "copy and paste the
 * totals" -> "transfer the totals", "waiting for approvals", "keep a spreadsheet of open invoices" ->
 * "track open invoices", "I manually enter every invoice" -> "enter every invoice").
 */
export const findCueVerb: ObjectFinder = (input) => {
  const { tokens, cue } = input;
  const { end } = clauseBounds(tokens, cue.start);
  const verb = cue.entry.verb;
  const next = tokens[cue.end];
  const metric = metricFor(input);
  const phrase = cue.entry.phrase;
  if (phrase.startsWith('keep')) return keptRecord(tokens, cue.end, end);
  if (phrase === 'manually' || phrase === 'by hand') {
    return isVerbLike(next) && usedAsVerb(tokens, cue.start) ? candidate('base', 'effort', wordsFrom(tokens, cue.end, end), 0.9) : null;
  }
  if (verb === undefined || next === undefined) return null;
  if (verb === 'wait') {
    // "I wait two days for approvals": the duration goes, the metric says it.
    let after = cue.end;
    while (after < end && after - cue.end < 4 && (DURATION_WORDS.has(tokens[after]?.key ?? '') || /^\d+$/u.test(tokens[after]?.key ?? ''))) after += 1;
    return ['for', 'on', 'until', 'till', 'around'].includes(tokens[after]?.key ?? '')
      ? candidate('gerund', 'time', [{ text: 'waiting', key: 'waiting' }, ...wordsFrom(tokens, after, end)], 1)
      : null;
  }
  // A gerund opening the clause is its subject ("Chasing approvals is a hassle"): findGerundSubject reads it.
  if (isGerund(tokens[cue.start]?.key ?? '') && clauseBounds(tokens, cue.start).start === cue.start) return null;
  if (verb === 'determine' && !['whether', 'if', 'which', 'what', 'when', 'where', 'who', 'how'].includes(next.key)) return null;
  if ((verb === 'chase' || verb === 're-enter' || verb === 'verify') && !usedAsVerb(tokens, cue.start)) return null;
  if (verb === 'miss' || verb === 'forget') return null;
  return candidate('base', metric, [{ text: verb, key: verb }, ...wordsFrom(tokens, cue.end, end)], 1);
};

/** "keep a spreadsheet of open invoices" -> "track open invoices"; "... to track who has paid" is an infinitive. */
function keptRecord(tokens: readonly SentenceToken[], from: number, end: number): ObjectCandidate | null {
  for (let i = from; i < Math.min(end, from + 4); i += 1) {
    const key = tokens[i]?.key ?? '';
    if (key === 'to' && isVerbLike(tokens[i + 1])) return candidate('base', 'effort', wordsFrom(tokens, i + 1, end), 1);
    if (key === 'of' || key === 'for' || key === 'with') return candidate('base', 'effort', [{ text: 'track', key: 'track' }, ...wordsFrom(tokens, i + 1, end)], 0.9);
  }
  return null;
}
