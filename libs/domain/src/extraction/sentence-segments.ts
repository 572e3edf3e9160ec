import type { OfflineTranscript } from './extraction-types.js';
import { endsWithQuestion, speakerKey } from './speaker-roles.js';

/** A participant sentence, trimmed; `start`/`end` index `transcript.text`. */
export type TranscriptSentence = { start: number; end: number; text: string; isQuestion: boolean };

/** Titles after which Intl.Segmenter wrongly ends a sentence ("Mr. | Smith"). */
const TITLE_BEFORE_BREAK = /\b(?:mr|mrs|ms|dr|prof|st|vs|approx|inc|ltd|jr|sr|mt|dept|no)\.\s*$/iu;

/** A participant's own worry phrased as a question ("What if I miss the deadline?") still counts. */
const RHETORICAL_WORRY = /^(?:(?:and|but|so|like),?\s+)?what if\s+(?!you\b|you're\b|you'd\b)/iu;

type Region = { start: number; end: number; unlabelled: boolean };

function clampRegion(text: string, start: unknown, end: unknown): { start: number; end: number } | null {
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isFinite(start) || !Number.isFinite(end)) return null;
  const from = Math.max(0, Math.min(text.length, Math.floor(start)));
  const to = Math.max(0, Math.min(text.length, Math.floor(end)));
  return to > from ? { start: from, end: to } : null;
}

function participantRegions(transcript: OfflineTranscript, interviewers: ReadonlySet<string>): Region[] {
  const utterances = Array.isArray(transcript.utterances) ? transcript.utterances : [];
  if (utterances.length === 0) return [{ start: 0, end: transcript.text.length, unlabelled: true }];
  const regions: Region[] = [];
  for (const utterance of utterances) {
    const speaker = typeof utterance?.speaker === 'string' ? utterance.speaker : null;
    if (speaker !== null && interviewers.has(speakerKey(speaker))) continue;
    const range = clampRegion(transcript.text, utterance?.start, utterance?.end);
    if (range !== null) regions.push({ ...range, unlabelled: speaker === null });
  }
  return regions;
}

/** Line ranges (absolute) of an unlabelled turn that end with "?": the interviewer's prompts. */
function promptLines(text: string, region: Region): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let lineStart = region.start;
  while (lineStart < region.end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > region.end ? region.end : newline;
    const line = text.slice(lineStart, lineEnd);
    if (endsWithQuestion(line) && !RHETORICAL_WORRY.test(line.trim())) lines.push({ start: lineStart, end: lineEnd });
    lineStart = lineEnd + 1;
  }
  return lines;
}

function trimmedSentence(text: string, start: number, end: number): TranscriptSentence | null {
  const raw = text.slice(start, end);
  const leading = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body === '') return null;
  const isQuestion = endsWithQuestion(body) && !RHETORICAL_WORRY.test(body);
  return { start: start + leading, end: start + leading + body.length, text: body, isQuestion };
}

/**
 * The sentences of every participant turn, in transcript order, by `Intl.Segmenter` sentence
 * granularity, with breaks after titles ("Mr.", "Dr.", "vs.") undone and whitespace trimmed.
 *
 * Skipped: turns of `interviewers` (speaker keys); in unlabelled turns, sentences that start on a line
 * ending with "?" (the interviewer's prompt in a transcript without names). Sentences that are questions
 * are returned with `isQuestion` so the caller can count but not cite them, except a participant's
 * own "What if I ...?" worry. Turns with offsets outside the text are clamped or skipped; a transcript
 * without utterances is read as one unlabelled turn.
 */
export function participantSentences(
  transcript: OfflineTranscript,
  interviewers: ReadonlySet<string>,
  segmenter: Intl.Segmenter,
): TranscriptSentence[] {
  const { text } = transcript;
  const sentences: TranscriptSentence[] = [];
  for (const region of participantRegions(transcript, interviewers)) {
    const prompts = region.unlabelled ? promptLines(text, region) : [];
    // Sentences and prompt lines both come in text order, so one forward pointer suffices.
    let prompt = 0;
    const inPrompt = (offset: number): boolean => {
      while (prompt < prompts.length && (prompts[prompt]?.end ?? 0) <= offset) prompt += 1;
      const line = prompts[prompt];
      return line !== undefined && offset >= line.start;
    };
    let pendingStart: number | null = null;
    const segments = [...segmenter.segment(text.slice(region.start, region.end))];
    segments.forEach((segment, i) => {
      const start = pendingStart ?? region.start + segment.index;
      const end = region.start + segment.index + segment.segment.length;
      if (TITLE_BEFORE_BREAK.test(segment.segment) && i < segments.length - 1) {
        pendingStart = start;
        return;
      }
      pendingStart = null;
      const sentence = trimmedSentence(text, start, end);
      if (sentence !== null && !inPrompt(sentence.start)) sentences.push(sentence);
    });
  }
  return sentences;
}
