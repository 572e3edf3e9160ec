// Word-level filters that make an object of control neutral and short: no first person, no durations
// (the metric already measures time), no adverbs, no solution names, no dangling words.
import {
  ADVERBS,
  CLARIFIER_MARKERS,
  COUNT_WORDS,
  DROPPED_PRONOUNS,
  EMPTY_NOUNS,
  EMPTY_TAILS,
  FINAL_PARTICLES,
  FUNCTION_WORDS,
  NEUTRALIZED_POSSESSIVES,
  PERIOD_WORDS,
  SOLUTION_PREPOSITIONS,
  SOLUTION_TERMS,
  TIME_UNITS,
} from './rewrite-vocabulary.js';
import type { Word } from './sentence-tokens.js';

const word = (text: string): Word => ({ text, key: text.toLowerCase() });

/** "my"/"our"/"your" -> "the"; "me", "us", "myself", "own" dropped. */
export function neutralizePerson(words: readonly Word[]): Word[] {
  const kept: Word[] = [];
  for (const current of words) {
    if (DROPPED_PRONOUNS.has(current.key)) continue;
    const replacement = NEUTRALIZED_POSSESSIVES.has(current.key) ? word('the') : current;
    if (replacement.key === 'the' && (kept.at(-1)?.key === 'the' || kept.at(-1)?.key === 'a')) continue;
    kept.push(replacement);
  }
  return kept;
}

/** Durations and frequencies ("for hours", "a few days", "every week", "all the time"): the metric says it already. */
export function dropDurations(words: readonly Word[]): Word[] {
  const keys = words.map((current) => current.key);
  const drop = new Array<boolean>(words.length).fill(false);
  const mark = (from: number, to: number): void => {
    const withPreposition = keys[from - 1] === 'for' || keys[from - 1] === 'in' ? from - 1 : from;
    for (let i = Math.max(1, withPreposition); i < to; i += 1) drop[i] = true;
  };
  for (let i = 1; i < words.length; i += 1) {
    const key = keys[i] ?? '';
    const next = keys[i + 1] ?? '';
    if (keys[i - 1] === 'of' || keys[i - 1] === 'at') continue;
    if ((key === 'every' || key === 'each') && PERIOD_WORDS.has(next)) mark(i, i + 2);
    else if (key === 'every' && next === 'single' && PERIOD_WORDS.has(keys[i + 2] ?? '')) mark(i, i + 3);
    else if (key === 'all' && next === 'the' && keys[i + 2] === 'time') mark(i, i + 3);
    else if (key === 'all' && PERIOD_WORDS.has(next)) mark(i, i + 2);
    else if (TIME_UNITS.has(key) && (key.endsWith('s') || key === 'forever' || COUNT_WORDS.has(keys[i - 1] ?? ''))) {
      let from = i;
      while (from > 1 && COUNT_WORDS.has(keys[from - 1] ?? '') && i - from < 4) from -= 1;
      if (from > 1 && keys[from - 1] === 'the' && from < i) from -= 1;
      mark(from, i + 1);
    } else if ((key === 'so' || key === 'too') && next === 'long') mark(i, i + 2);
    else if (key === 'last' && PERIOD_WORDS.has(next)) mark(i, i + 2);
    else if (key === 'a' && next === 'lot' && keys[i + 2] !== 'of') mark(i, i + 2);
  }
  return words.filter((_, i) => drop[i] !== true);
}

/** Adverbs and vague manner words ("manually", "always", "quickly"); "by hand". */
export function dropAdverbs(words: readonly Word[]): Word[] {
  return words.filter((current, i) => {
    if (i > 0 && ADVERBS.has(current.key)) return false;
    if (current.key === 'by' && words[i + 1]?.key === 'hand') return false;
    return !(current.key === 'hand' && words[i - 1]?.key === 'by');
  });
}

/**
 * Removes a prepositional phrase that names a solution ("into Excel", "from the bank portal", "in the
 * shared spreadsheet"). Returns null when a solution term is the object itself ("update the spreadsheet").
 */
export function dropSolutionPhrases(words: readonly Word[]): Word[] | null {
  let result = [...words];
  for (let guard = 0; guard < 8; guard += 1) {
    const term = result.findIndex((current) => SOLUTION_TERMS.has(current.key));
    if (term === -1) return result;
    let preposition = term - 1;
    while (preposition > 0 && term - preposition <= 4 && !SOLUTION_PREPOSITIONS.has(result[preposition]?.key ?? '')) preposition -= 1;
    if (preposition < 1 || !SOLUTION_PREPOSITIONS.has(result[preposition]?.key ?? '')) return null;
    let end = term + 1;
    while (end < result.length && end - term <= 2 && !FUNCTION_WORDS.has(result[end]?.key ?? '') && !CLARIFIER_MARKERS.has(result[end]?.key ?? '')) end += 1;
    result = [...result.slice(0, preposition), ...result.slice(end)];
  }
  return null;
}

/** A last word that cannot end a phrase: a preposition, article or conjunction, but not a particle after a verb ("goes out"). */
function isDanglingEnd(words: readonly Word[]): boolean {
  const last = words.at(-1)?.key ?? '';
  const before = words.at(-2)?.key ?? '';
  if (FINAL_PARTICLES.has(last) && !FUNCTION_WORDS.has(before)) return false;
  return (FUNCTION_WORDS.has(last) || CLARIFIER_MARKERS.has(last)) && !EMPTY_NOUNS.has(last);
}

/** Trims empty tails ("and stuff", "or whatever", "etc") and dangling prepositions, articles and conjunctions. */
export function dropEmptyTails(words: readonly Word[]): Word[] {
  let result = [...words];
  for (let changed = true; changed; ) {
    changed = false;
    for (const tail of EMPTY_TAILS) {
      const from = result.length - tail.length;
      if (from > 0 && tail.every((key, i) => result[from + i]?.key === key)) {
        result = result.slice(0, from);
        changed = true;
      }
    }
    while (result.length > 1 && isDanglingEnd(result)) {
      result = result.slice(0, -1);
      changed = true;
    }
  }
  return result;
}

/** At most `maxWords`: cut before the last clarifier or preposition that fits, or give up. */
export function fitLength(words: readonly Word[], maxWords: number): Word[] | null {
  if (words.length <= maxWords) return [...words];
  for (let cut = maxWords; cut >= 2; cut -= 1) {
    const key = words[cut]?.key ?? '';
    if (CLARIFIER_MARKERS.has(key) || FUNCTION_WORDS.has(key)) {
      const fitted = dropEmptyTails(words.slice(0, cut));
      if (fitted.length >= 2) return fitted;
    }
  }
  return null;
}
