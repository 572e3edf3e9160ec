import type { PiiSpan } from './redaction-map.js';

/**
 * Words that make a speaker label a role, not a person: such labels stay in the prompt as they are, and the
 * words are never redacted in the text ("the participant said", "our customer").
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'interviewer', 'interviewers', 'interviewee', 'interviewees', 'participant', 'participants', 'moderator', 'moderators',
  'researcher', 'researchers', 'facilitator', 'host', 'customer', 'customers', 'client', 'respondent', 'speaker', 'user',
  'guest', 'observer', 'notetaker', 'note', 'taker', 'narrator', 'question', 'answer', 'unknown', 'audience', 'caller',
  'int', 'iv', 'mod', 'resp', 'ux', 'pm', 'agent', 'support', 'sales', 'manager', 'founder', 'owner', 'designer',
  'engineer', 'developer', 'analyst', 'director', 'lead', 'product', 'team', 'ceo', 'cto', 'cfo', 'coo', 'vp',
]);

/**
 * Never redacted on their own: function words and titles (a one-word label "An" or "Mr" must not blank out
 * every "an"), and name particles ("van" of "Anne van Dijk"; shorter ones such as "de" are below
 * {@link MIN_NAME_PART_LETTERS} anyway).
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'am', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'do', 'for', 'go', 'he', 'her', 'him', 'his', 'if', 'in',
  'is', 'it', 'me', 'mr', 'mrs', 'ms', 'my', 'no', 'not', 'of', 'oh', 'ok', 'on', 'or', 'our', 'she', 'so', 'the', 'to',
  'up', 'us', 'we', 'you', 'yes', 'dr', 'prof', 'van', 'von', 'der', 'den', 'del', 'della', 'des', 'dos', 'das', 'bin', 'ibn',
]);

/**
 * First names that are also everyday words: matched only as written in a name (capitalised or upper
 * case), so a participant called Will does not turn every "will" of the interview into a placeholder.
 */
const COMMON_WORD_NAMES: ReadonlySet<string> = new Set([
  'will', 'may', 'june', 'april', 'august', 'mark', 'bill', 'grace', 'hope', 'joy', 'rose', 'faith', 'frank', 'jack',
  'pat', 'sue', 'art', 'dean', 'chase', 'drew', 'rich', 'sunny', 'summer', 'dawn', 'eve', 'penny', 'robin', 'guy',
  'miles', 'ray', 'rob', 'max', 'victor', 'sky', 'ivy', 'holly', 'lily', 'amber', 'ruby', 'pearl', 'iris', 'cliff',
]);

/** Parts of a multi-word name shorter than this are not redacted alone ("Li" of "Wei Li" is only caught in the full name). */
export const MIN_NAME_PART_LETTERS = 3;

const WORDS = /[^\p{L}\p{M}\p{N}]+/u;
const NAME_WORDS = /[^\p{L}\p{M}'’-]+/u;
const NAME_PARTS = /[^\p{L}\p{M}'’]+/u;

const fold = (value: string) => value.normalize('NFKC').trim().toLowerCase();

/** A one-letter label, optionally numbered ("Q", "A", "R2"), or up to three letters with a number ("P1", "Int2"). */
const isCode = (word: string) => /^(?:\p{L}\d*|\p{L}{1,3}\d+|\d+)$/u.test(word);

/**
 * True for a label that names no one: only role words and codes ("Interviewer", "Participant 2", "Q",
 * "P1", "UX Researcher", "Speaker 3"). Codes are pseudonyms already, so they are not redacted either.
 */
export function isAnonymousLabel(label: string): boolean {
  return fold(label)
    .split(WORDS)
    .filter((word) => word !== '')
    .every((word) => ROLE_WORDS.has(word) || isCode(word));
}

/**
 * What to redact for one person's label or name: the whole name, and each part of at least
 * {@link MIN_NAME_PART_LETTERS} letters ("Priya" and "Sharma" of "Priya Sharma"), without role words,
 * function words or particles.
 */
export function nameTerms(name: string): string[] {
  const whole = name.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (whole === '' || isAnonymousLabel(whole)) return [];
  const terms = new Set<string>();
  if (isNameWord(whole, 2)) terms.add(whole);
  // Words, then the pieces of hyphenated ones: "Mary-Jane Smith" gives "Mary-Jane", "Mary", "Jane" and "Smith".
  for (const word of whole.split(NAME_WORDS)) {
    for (const raw of [word, ...word.split(NAME_PARTS)]) {
      const part = raw.replace(/^['’-]+|['’-]+$/gu, '');
      if (isNameWord(part, MIN_NAME_PART_LETTERS)) terms.add(part);
    }
  }
  return [...terms];
}

function isNameWord(term: string, minLetters: number): boolean {
  const key = fold(term);
  return (key.match(/\p{L}/gu)?.length ?? 0) >= minLetters && !ROLE_WORDS.has(key) && !STOP_WORDS.has(key);
}

/**
 * Every whole-word occurrence of the terms, case-insensitively (a possessive "Priya's" loses "Priya"),
 * except names that are everyday words, which must be written capitalised or in capitals.
 */
export function detectNames(text: string, terms: readonly string[]): PiiSpan[] {
  const loose: string[] = [];
  const strict: string[] = [];
  for (const term of new Set(terms.flatMap((term) => [term, term.normalize('NFD')]))) {
    if (COMMON_WORD_NAMES.has(fold(term))) {
      strict.push(capitalise(term), term.toUpperCase());
    } else {
      loose.push(term);
    }
  }
  return [...find(text, loose, 'giu'), ...find(text, strict, 'gu')];
}

const capitalise = (term: string) => term.charAt(0).toUpperCase() + term.slice(1).toLowerCase();

function find(text: string, terms: readonly string[], flags: string): PiiSpan[] {
  if (terms.length === 0) return [];
  const alternatives = [...new Set(terms)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(toPattern);
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}_])`, flags);
  return [...text.matchAll(pattern)].map((match) => ({ kind: 'name' as const, start: match.index, end: match.index + match[0].length }));
}

/** A literal term, any whitespace run matching any whitespace run and either apostrophe matching both. */
function toPattern(term: string): string {
  return term
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/\s+/gu, String.raw`\s+`)
    .replace(/['’]/gu, "['’]");
}

export type SpeakerRoles = { interviewer?: string; participant?: string };

/**
 * The label each speaker gets in the prompt. Role and code labels stay. A named speaker whose name matches
 * the interview's interviewer or participant becomes "Interviewer" or "Participant" (the model is told to
 * quote the customer, not the interviewer, so the role matters); anyone else becomes "Speaker 1",
 * "Speaker 2"… in order of first appearance, skipping numbers a kept label already uses.
 */
export function neutralSpeakerLabels(speakers: readonly (string | null)[], roles: SpeakerRoles): Map<string, string> {
  const labels = new Map<string, string>();
  const distinct = [...new Set(speakers.filter((speaker): speaker is string => speaker !== null))];
  const taken = new Set(distinct.filter(isAnonymousLabel).map(fold));
  const interviewer = roleTerms(roles.interviewer);
  const participant = roleTerms(roles.participant);
  let next = 1;
  for (const speaker of distinct) {
    if (isAnonymousLabel(speaker)) {
      labels.set(speaker, speaker);
      continue;
    }
    const terms = new Set([fold(speaker), ...nameTerms(speaker).map(fold)]);
    const isInterviewer = [...terms].some((term) => interviewer.has(term));
    const isParticipant = [...terms].some((term) => participant.has(term));
    if (isInterviewer !== isParticipant) {
      labels.set(speaker, isInterviewer ? 'Interviewer' : 'Participant');
      continue;
    }
    while (taken.has(`speaker ${next}`)) next += 1;
    labels.set(speaker, `Speaker ${next}`);
    next += 1;
  }
  return labels;
}

function roleTerms(name: string | undefined): Set<string> {
  if (!name?.trim()) return new Set();
  return new Set([fold(name), ...nameTerms(name).map(fold)]);
}
