import type { CueMatch } from './cue-matcher.js';
import type { OutcomeCue } from './extraction-types.js';
import { toGerund } from './gerund.js';
import type { FinderInput, ObjectCandidate, ObjectFinder, ObjectForm, OutcomeMetric } from './object-candidate.js';
import { cleanObject } from './phrase-cleanup.js';
import type { SentenceToken, Word } from './sentence-tokens.js';
import { findCueVerb, findGerundAfter, findGerundSubject, findInfinitive } from './verb-phrase-finders.js';
import { findWish } from './wish-finder.js';
import { findWorry } from './worry-finder.js';

/** Statements longer than this are not produced (Strategyn's statements run about 10–20 words). */
export const OFFLINE_MAX_STATEMENT_WORDS = 20;

/** A rewritten statement and the object of control inside it. */
export type Rewrite = { statement: string; objectOfControl: string; quality: number };

/** Patterns tried for each cue kind, first match wins. */
const FINDERS: Readonly<Record<OutcomeCue, readonly ObjectFinder[]>> = {
  struggle: [findCueVerb, findInfinitive, findGerundAfter, findGerundSubject],
  time_cost: [findCueVerb, findInfinitive, findGerundAfter, findGerundSubject],
  effort_cost: [findCueVerb, findInfinitive, findGerundAfter, findGerundSubject],
  workaround: [findCueVerb, findInfinitive, findGerundAfter],
  worry: [findWorry],
  wish: [findWish],
};

/** Direction and metric words for each metric and object form; null where the pair does not occur. */
function opening(metric: OutcomeMetric, form: ObjectForm): string | null {
  switch (metric) {
    case 'time':
      return form === 'base' ? 'Minimize the time it takes to' : form === 'gerund' ? 'Minimize the time spent' : form === 'noun' ? 'Minimize the time spent on' : form === 'agent' ? 'Minimize the time it takes' : null;
    case 'effort':
      return form === 'base' ? 'Minimize the effort required to' : form === 'gerund' ? 'Minimize the effort of' : null;
    case 'likelihood':
      return form === 'clause' ? 'Minimize the likelihood that' : form === 'agent' ? null : 'Minimize the likelihood of';
    case 'likelihoodIncrease':
      return form === 'clause' ? 'Increase the likelihood that' : form === 'base' || form === 'gerund' ? 'Increase the likelihood of' : null;
    case 'accuracy':
      return form === 'noun' ? 'Increase the accuracy of' : null;
    case 'number':
      return form === 'noun' ? 'Minimize the number of' : null;
  }
}

/** Base-form objects read as gerunds after "the likelihood of" ("miss a payment" -> "missing a payment"). */
function normalizeForm(found: ObjectCandidate): ObjectCandidate {
  const [head, ...rest] = found.words;
  if (head === undefined) return found;
  const gerundOpening = found.metric === 'likelihood' || found.metric === 'likelihoodIncrease';
  if (found.form === 'base' && gerundOpening) {
    const gerund = toGerund(head.key);
    return { ...found, form: 'gerund', words: [{ text: gerund, key: gerund }, ...rest] };
  }
  // "the time it takes to wait for approvals" reads as "the time spent waiting for approvals".
  if (found.form === 'base' && found.metric === 'time' && head.key === 'wait') {
    return { ...found, form: 'gerund', words: [{ text: 'waiting', key: 'waiting' }, ...rest] };
  }
  return found;
}

function render(words: readonly Word[]): string {
  return words.map((word) => word.text).join(' ');
}

/**
 * Rewrites the sentence around one cue into a desired-outcome statement, or returns null when no
 * pattern yields a clean object of control (precision over recall). The patterns for the cue's kind are
 * tried in order (see FINDERS); the first whose object survives `cleanObject` wins. Openings:
 * "Minimize the time it takes to <verb phrase>" / "the time spent <gerund phrase>" (time, struggle),
 * "Minimize the effort required to <verb phrase>" (effort, workaround), "Minimize the likelihood of
 * <gerund phrase>" / "that <clause>" (worry), and for wishes also "Increase the likelihood of ... on
 * time", "Increase the accuracy of ...", "Minimize the number of ...". At most 20 words.
 */
export function rewriteCue(tokens: readonly SentenceToken[], cue: CueMatch): Rewrite | null {
  const input: FinderInput = { tokens, cue };
  for (const finder of FINDERS[cue.entry.cue]) {
    const found = finder(input);
    if (found === null) continue;
    const normalized = normalizeForm(found);
    const start = opening(normalized.metric, normalized.form);
    if (start === null) continue;
    const object = cleanObject(normalized.words, OFFLINE_MAX_STATEMENT_WORDS - start.split(' ').length, normalized.form === 'clause');
    if (object === null) continue;
    const objectOfControl = render(object);
    return { statement: `${start} ${objectOfControl}`, objectOfControl, quality: normalized.quality };
  }
  return null;
}
