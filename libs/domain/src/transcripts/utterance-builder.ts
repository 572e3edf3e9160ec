import { TranscriptParseError, type ParsedTranscript, type ParsedUtterance } from './transcript-types.js';

/** One speaker turn as read from the source, before normalisation. */
export type TurnDraft = {
  speaker: string | null;
  /** Raw text pieces (lines, cue payloads) of the turn, in order. */
  parts: string[];
  startMs: number | null;
  endMs: number | null;
  /** 1-based source line where the turn starts. */
  line: number;
};

export const UTTERANCE_SEPARATOR = '\n\n';

/**
 * Canonical utterance text: the parts joined by a space, every whitespace run collapsed to
 * one space, trimmed. Single-line utterances keep offsets trivially stable.
 */
export function normaliseTurnText(parts: readonly string[]): string {
  return parts.join(' ').replace(/\s+/gu, ' ').trim();
}

/** Joins turns into the canonical text, tracking offsets; empty turns are dropped. */
export function buildTranscript(drafts: readonly TurnDraft[], maxUtterances: number): ParsedTranscript {
  const pieces: string[] = [];
  const utterances: ParsedUtterance[] = [];
  const speakers = new Set<string>();
  let offset = 0;
  for (const draft of drafts) {
    const text = normaliseTurnText(draft.parts);
    if (text === '') continue;
    if (utterances.length >= maxUtterances) {
      throw new TranscriptParseError('TRANSCRIPT_TOO_MANY_UTTERANCES', `the transcript has more than ${maxUtterances} utterances`, draft.line);
    }
    if (pieces.length > 0) {
      pieces.push(UTTERANCE_SEPARATOR);
      offset += UTTERANCE_SEPARATOR.length;
    }
    pieces.push(text);
    utterances.push({ speaker: draft.speaker, start: offset, end: offset + text.length, startMs: draft.startMs, endMs: draft.endMs });
    offset += text.length;
    if (draft.speaker !== null) speakers.add(draft.speaker);
  }
  return { text: pieces.join(''), utterances, speakers: [...speakers] };
}

/** Merges consecutive turns of the same named speaker (Zoom/Teams split one turn into many cues). */
export function mergeSameSpeaker(drafts: readonly TurnDraft[]): TurnDraft[] {
  const merged: TurnDraft[] = [];
  for (const draft of drafts) {
    // An empty cue (only tags) between two cues of one speaker must not split the turn.
    if (normaliseTurnText(draft.parts) === '') continue;
    const last = merged.at(-1);
    if (last !== undefined && draft.speaker !== null && last.speaker === draft.speaker) {
      last.parts.push(...draft.parts);
      last.endMs = draft.endMs ?? last.endMs;
    } else {
      merged.push({ ...draft, parts: [...draft.parts] });
    }
  }
  return merged;
}
