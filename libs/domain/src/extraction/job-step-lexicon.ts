import { JOB_MAP_STEPS, type JobMapStep } from './extraction-types.js';
import { verbInflections } from './gerund.js';

/**
 * Words and phrases that place an object of control on the universal job map (Ulwick & Bettencourt,
 * "The Customer-Centered Innovation Map", HBR 2008): Define (plan the job), Locate (gather inputs),
 * Prepare (set up), Confirm (verify readiness), Execute (carry out), Monitor (watch the result),
 * Modify (adjust), Conclude (finish). Lower case; the first word of each phrase is also matched in its
 * inflected forms ("finds", "finding", "found"), so "missing a supplier payment" meets "payment".
 */
export const JOB_STEP_LEXICON: Readonly<Record<JobMapStep, readonly string[]>> = {
  Define: ['plan', 'decide', 'goal', 'goals', 'budget', 'figure out what', 'prioritize', 'estimate', 'forecast', 'scope'],
  Locate: ['find', 'gather', 'collect', 'get the', 'search', 'look for', 'track down', 'retrieve', 'obtain', 'chase', 'locate', 'dig out', 'source', 'receipts'],
  Prepare: ['set up', 'organize', 'prepare', 'arrange', 'get ready', 'sort', 'format', 'clean up', 'categorize', 'schedule', 'label'],
  Confirm: ['check', 'verify', 'validate', 'make sure', 'approve', 'approval', 'approvals', 'double-check', 'reconcile', 'confirm', 'compare', 'match'],
  Execute: ['do', 'run', 'process', 'enter', 'pay', 'payment', 'payments', 'file', 'book', 'submit', 'send', 're-enter', 'transfer', 'copy', 'upload', 'invoice'],
  Monitor: ['track', 'keep an eye', 'monitor', 'follow up', 'status', 'notice', 'keep track', 'determine whether', 'determine if', 'determine which', 'determine when', 'know whether', 'see whether', 'watch'],
  Modify: ['fix', 'correct', 'change', 'adjust', 'update', 'rework', 'redo', 'amend', 'edit', 'resolve', 'reschedule', 'cancel'],
  Conclude: ['finish', 'close', 'wrap up', 'report', 'archive', 'hand over', 'sign off', 'complete', 'month-end', 'month end', 'year-end', 'year end'],
};

/** Entries so generic that they count half ("do", "get the", "run"). */
const GENERIC_ENTRIES: ReadonlySet<string> = new Set(['do', 'get the', 'run', 'match', 'watch', 'file', 'book']);

/** A match on the head verb (the object's first word) counts this many times. */
export const HEAD_VERB_WEIGHT = 2;

type StepPhrase = { step: JobMapStep; words: readonly string[]; weight: number };

const STEP_TABLE: ReadonlyMap<string, readonly StepPhrase[]> = (() => {
  const table = new Map<string, StepPhrase[]>();
  for (const step of JOB_MAP_STEPS) {
    for (const phrase of JOB_STEP_LEXICON[step]) {
      const [first = '', ...rest] = phrase.split(' ');
      const weight = GENERIC_ENTRIES.has(phrase) ? 0.5 : 1;
      for (const form of verbInflections(first)) {
        const bucket = table.get(form) ?? [];
        bucket.push({ step, words: [form, ...rest], weight });
        table.set(form, bucket);
      }
    }
  }
  for (const bucket of table.values()) bucket.sort((x, y) => y.words.length - x.words.length);
  return table;
})();

/**
 * The universal job step an object of control belongs to, by lexicon, or null when no step word occurs.
 *
 * Scoring: the words are read left to right; at each word the longest lexicon phrase that starts there
 * (in any inflection of its first word) scores 1 for its step, 0.5 for generic entries such as "do" or
 * "get the", and twice that when it starts at the first word, which is the head verb ("verify the totals
 * in the payment run" is Confirm, not Execute). The highest total wins; a tie goes to the step that
 * comes first on the job map. Words are matched in lower case; pass the object, not the whole statement
 * (the metric words "time it takes" would otherwise count).
 */
export function assignJobStep(objectOfControl: string): JobMapStep | null {
  const keys = objectOfControl.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
  const scores = new Map<JobMapStep, number>();
  let index = 0;
  while (index < keys.length) {
    const phrase = STEP_TABLE.get(keys[index] ?? '')?.find((candidate) => candidate.words.every((word, offset) => keys[index + offset] === word));
    if (phrase === undefined) {
      index += 1;
      continue;
    }
    const score = phrase.weight * (index === 0 ? HEAD_VERB_WEIGHT : 1);
    scores.set(phrase.step, (scores.get(phrase.step) ?? 0) + score);
    index += phrase.words.length;
  }
  let best: JobMapStep | null = null;
  for (const step of JOB_MAP_STEPS) {
    const score = scores.get(step) ?? 0;
    if (score > 0 && (best === null || score > (scores.get(best) ?? 0))) best = step;
  }
  return best;
}
