import type { OutcomeCue } from './extraction-types.js';

/**
 * One cue phrase. `phrase` is lower case, words separated by single spaces, apostrophes as "'", matched
 * on whole words of a sentence. `strength` (0..1) is how reliably the phrase signals an unmet outcome on
 * its own; it becomes the outcome's confidence before adjustments. `verb` is set when the cue itself is
 * the verb of the object of control: the object is `verb` followed by the words after the cue
 * ("I can't find the contract" -> "find the contract"; "I always chase suppliers" -> "chase suppliers").
 */
export type CueEntry = { phrase: string; cue: OutcomeCue; strength: number; verb?: string };

const entries = (cue: OutcomeCue, strength: number, phrases: readonly string[], verb?: string): CueEntry[] =>
  phrases.map((phrase) => (verb === undefined ? { phrase, cue, strength } : { phrase, cue, strength, verb }));

/**
 * The curated cue lexicon (English). Strengths, highest first within each kind:
 *
 * - struggle: "takes forever" .9; "struggle", "frustrating", "can't find" (also "cannot/couldn't/can never
 *   find") .85; "hard/difficult to", "frustrated" .8; "annoying", "painful", "the hardest/worst part",
 *   "headache", "never know" (also "don't know", "can't tell") .75; "can't see", "never find" .7; "pain",
 *   "tricky", "confusing" .6; "mess", "messy" .5.
 * - workaround: "I/we have to manually" .9; "keep a spreadsheet" .85; "I/we end up", "workaround",
 *   "copy and paste" .8; "double-check", "re-enter" .75; "end up" .65; "manually", "by hand" .6.
 * - worry: "worried", "afraid", "scared" .85; "worry" .8; "nightmare", "nervous", "anxious" .75;
 *   "risk", "what if", "mistake(s)", "errors" .7; "forgot" .65; "forget", "missed" .6; "miss" .55; "late" .5.
 * - wish: "I/we wish" .8; "I'd love", "if only" .75; "would be great" .7; "would be nice" .65;
 *   "I/we want", "I'd like" .6 (often a request for a solution, which the rewriter rejects).
 * - time_cost: "time-consuming", "takes ages" .85; "takes me/us", "spend hours" .75; "hours", "all day",
 *   "a whole day", "waste", "spend a lot of time" .7; "wait(ing)" .6; "slow", "so long" .55; "days",
 *   "weeks" .45; "every week/month/day" .4 (a frequency, a weak cost).
 * - effort_cost: "tedious", "cumbersome", "laborious" .85; "hassle" .8; "chase", "fiddly" .75; "effort",
 *   "back and forth", "a lot of work" .7.
 *
 * Cues inside a negation ("it's not hard to ...", "I never miss ...") are matched but lose most of their
 * strength (`cue-matcher.ts`).
 */
export const CUE_LEXICON: readonly CueEntry[] = [
  ...entries('struggle', 0.9, ['takes forever', 'take forever', 'took forever', 'taking forever']),
  ...entries('struggle', 0.85, ['struggle', 'struggles', 'struggled', 'struggling', 'frustrating', 'a struggle']),
  ...entries('struggle', 0.85, ["can't find", 'cannot find', "couldn't find", 'can never find', "can't ever find", 'could never find'], 'find'),
  ...entries('struggle', 0.7, ['never find', 'hard to find', 'difficult to find'], 'find'),
  ...entries('struggle', 0.7, ["can't see", 'cannot see', "couldn't see"], 'see'),
  ...entries('struggle', 0.8, ['hard to', 'difficult to', 'frustrated', 'frustration']),
  ...entries('struggle', 0.75, ['annoying', 'painful', 'annoyed', 'hardest part', 'worst part', 'biggest pain', 'biggest headache', 'headache']),
  ...entries('struggle', 0.75, ['never know', "don't know", "can't tell", 'never sure'], 'determine'),
  ...entries('struggle', 0.6, ['pain', 'tricky', 'confusing', 'confused']),
  ...entries('struggle', 0.5, ['mess', 'messy']),

  ...entries('workaround', 0.9, ['i have to manually', 'we have to manually', 'i need to manually', 'we need to manually']),
  ...entries('workaround', 0.85, ['keep a spreadsheet', 'keep spreadsheets', 'keeps a spreadsheet', 'keep an excel']),
  ...entries('workaround', 0.8, ['i end up', 'we end up', 'workaround', 'work around', 'workarounds']),
  ...entries('workaround', 0.8, ['copy and paste', 'copy-paste', 'copy paste', 'cut and paste'], 'transfer'),
  ...entries('workaround', 0.75, ['double-check', 'double check', 'double-checking', 'double checking', 'triple-check'], 'verify'),
  ...entries('workaround', 0.75, ['re-enter', 're-type', 'retype', 're-key', 'rekey'], 're-enter'),
  ...entries('workaround', 0.65, ['end up']),
  ...entries('workaround', 0.6, ['manually', 'by hand']),

  ...entries('worry', 0.85, ['worried', 'afraid', 'scared', 'terrified']),
  ...entries('worry', 0.8, ['worry', 'worrying']),
  ...entries('worry', 0.75, ['nightmare', 'nervous', 'anxious', 'worries']),
  ...entries('worry', 0.7, ['risk', 'the risk', 'what if', 'mistake', 'mistakes', 'errors']),
  ...entries('worry', 0.65, ['forgot', 'forgotten'], 'forget'),
  ...entries('worry', 0.6, ['forget', 'forgets', 'forgetting'], 'forget'),
  ...entries('worry', 0.6, ['missed', 'missing'], 'miss'),
  ...entries('worry', 0.55, ['miss', 'misses'], 'miss'),
  ...entries('worry', 0.5, ['late']),

  ...entries('wish', 0.8, ['i wish', 'we wish']),
  ...entries('wish', 0.75, ["i'd love", 'i would love', "we'd love", 'we would love', 'if only']),
  ...entries('wish', 0.7, ['would be great', "it'd be great", 'would be amazing', 'would be ideal']),
  ...entries('wish', 0.65, ['would be nice', "it'd be nice"]),
  ...entries('wish', 0.6, ['i want', 'we want', "i'd like", 'i would like', "we'd like", 'we would like']),

  ...entries('time_cost', 0.85, ['time-consuming', 'time consuming', 'takes ages', 'take ages', 'took ages']),
  ...entries('time_cost', 0.75, ['takes me', 'takes us', 'took me', 'took us', 'take me', 'take us', 'spend hours', 'spent hours']),
  ...entries('time_cost', 0.7, ['hours', 'all day', 'all morning', 'all afternoon', 'half a day', 'half the day', 'a whole day', 'the whole day', 'a full day']),
  ...entries('time_cost', 0.7, ['waste', 'wasted', 'wasting', 'spend a lot of time', 'spend so much time', 'spent so much time', 'spent a lot of time', 'so much time']),
  ...entries('time_cost', 0.6, ['wait', 'waiting', 'waited', 'waits'], 'wait'),
  ...entries('time_cost', 0.55, ['slow', 'so long', 'too long', 'ages']),
  ...entries('time_cost', 0.45, ['days', 'weeks']),
  ...entries('time_cost', 0.4, ['every week', 'every month', 'every day', 'each week', 'each month']),

  ...entries('effort_cost', 0.85, ['tedious', 'cumbersome', 'laborious']),
  ...entries('effort_cost', 0.75, ['fiddly']),
  ...entries('effort_cost', 0.8, ['hassle', 'a hassle']),
  ...entries('effort_cost', 0.75, ['chase', 'chasing', 'chased', 'chases'], 'chase'),
  ...entries('effort_cost', 0.7, ['effort', 'back and forth', 'a lot of work', 'so much work']),
];

/** A cue entry with its words split once. */
export type CuePhrase = { entry: CueEntry; words: readonly string[] };

/** Cue phrases grouped by first word, longest phrase first (lexicon order among equals), for whole-word matching. */
export const CUE_TABLE: ReadonlyMap<string, readonly CuePhrase[]> = (() => {
  const table = new Map<string, CuePhrase[]>();
  for (const entry of CUE_LEXICON) {
    const words = entry.phrase.split(' ');
    const bucket = table.get(words[0] ?? '') ?? [];
    bucket.push({ entry, words });
    table.set(words[0] ?? '', bucket);
  }
  for (const bucket of table.values()) bucket.sort((x, y) => y.words.length - x.words.length);
  return table;
})();
