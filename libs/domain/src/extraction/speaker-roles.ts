import type { OfflineTranscript } from './extraction-types.js';

/** Whole words that mark a speaker label as the interviewer's ("Interviewer", "UX Researcher", "Host (Anna)"). */
const INTERVIEWER_WORDS: ReadonlySet<string> = new Set(['interviewer', 'moderator', 'researcher', 'facilitator', 'host', 'interviewers']);

/** Short labels used for the interviewer in Q/A and I/R transcripts: "Q", "Q1", "I", "Int", "Mod". */
const INTERVIEWER_LABEL = /^(?:q|i|int|iv|mod|question)\d*$/u;

/** A speaker asking in at least this share of turns is taken for an interviewer (see {@link detectInterviewers}). */
export const QUESTION_TURN_SHARE = 0.5;

/** Turns needed before the question share of a speaker is trusted. */
export const MIN_TURNS_FOR_QUESTION_SHARE = 2;

const QUESTION_END = /\?["'”’)\]]*\s*$/u;

/** Normalized form of a speaker name used for comparisons: NFKC, trimmed, lower case. */
export function speakerKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

/**
 * True for a label that names the interviewer's role: one of the words Interviewer, Moderator,
 * Researcher, Facilitator or Host anywhere in it ("Host - Anna", "UX Researcher"), or the whole label
 * is Q, I, Int, IV, Mod or Question, optionally numbered ("Q1", "I 2"). "Research participant",
 * "Ingrid", "Hostess" are not interviewers.
 */
export function isInterviewerSpeakerName(name: string): boolean {
  const words = speakerKey(name).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  if (words.some((word) => INTERVIEWER_WORDS.has(word))) return true;
  const compact = words.join('');
  return words.length > 0 && words.length <= 2 && INTERVIEWER_LABEL.test(compact);
}

/** True when a line of text ends with a question mark (closing quotes and brackets allowed). */
export function endsWithQuestion(text: string): boolean {
  return QUESTION_END.test(text);
}

/**
 * The speakers whose turns are not evidence, as {@link speakerKey}s.
 *
 * - `given` (the caller's list) replaces detection entirely; `[]` means everyone is a participant.
 * - Otherwise every speaker named like an interviewer ({@link isInterviewerSpeakerName}) is one.
 * - When no name gives the interviewer away ("Anna:", "Speaker 1:"), a speaker with at least two turns
 *   that end in "?" in at least half of them is taken for an interviewer, provided another speaker
 *   stays below that share (someone must be the participant). Unlabelled turns are handled line by line
 *   by the sentence reader instead: a line ending with "?" there is the interviewer's prompt.
 */
export function detectInterviewers(transcript: OfflineTranscript, given: readonly string[] | undefined): ReadonlySet<string> {
  if (given !== undefined) return new Set(given.map(speakerKey));
  const named = new Set<string>();
  const turns = new Map<string, { questions: number; total: number }>();
  const utterances = Array.isArray(transcript.utterances) ? transcript.utterances : [];
  for (const utterance of utterances) {
    if (typeof utterance?.speaker !== 'string') continue;
    const key = speakerKey(utterance.speaker);
    if (isInterviewerSpeakerName(utterance.speaker)) named.add(key);
    const count = turns.get(key) ?? { questions: 0, total: 0 };
    count.total += 1;
    if (endsWithQuestion(transcript.text.slice(utterance.start, utterance.end))) count.questions += 1;
    turns.set(key, count);
  }
  if (named.size > 0) return named;
  const asking = [...turns].filter(([, count]) => count.total >= MIN_TURNS_FOR_QUESTION_SHARE && count.questions / count.total >= QUESTION_TURN_SHARE);
  const someoneAnswers = [...turns].some(([, count]) => count.questions / count.total < QUESTION_TURN_SHARE);
  return someoneAnswers ? new Set(asking.map(([key]) => key)) : new Set();
}
