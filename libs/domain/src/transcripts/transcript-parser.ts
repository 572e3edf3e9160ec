import { readPlainTurns } from './plain-text-parser.js';
import { assertTextual, splitLines, stripBom } from './source-lines.js';
import { readSrtTurns } from './srt-parser.js';
import {
  DEFAULT_TRANSCRIPT_LIMITS,
  TranscriptParseError,
  type ParsedTranscript,
  type TranscriptLimits,
  type TranscriptTextFormat,
} from './transcript-types.js';
import { buildTranscript, type TurnDraft } from './utterance-builder.js';
import { readVttTurns } from './vtt-parser.js';

/**
 * Parses an uploaded transcript (already decoded to a string) into canonical text plus
 * speaker-attributed utterances. Throws TranscriptParseError on unusable input.
 */
export function parseTranscript(content: string, format: TranscriptTextFormat, limits: Partial<TranscriptLimits> = {}): ParsedTranscript {
  const maxChars = limits.maxChars ?? DEFAULT_TRANSCRIPT_LIMITS.maxChars;
  const maxUtterances = limits.maxUtterances ?? DEFAULT_TRANSCRIPT_LIMITS.maxUtterances;
  const text = stripBom(content);
  // Checked before any scanning so oversized uploads cost nothing further.
  if (text.length > maxChars) {
    throw new TranscriptParseError('TRANSCRIPT_TOO_LONG', `The transcript has ${text.length} characters; the limit is ${maxChars}.`);
  }
  assertTextual(text);
  if (text.trim() === '') {
    throw new TranscriptParseError('TRANSCRIPT_EMPTY', 'The transcript is empty.');
  }
  const parsed = buildTranscript(readTurns(text, format), maxUtterances);
  if (parsed.utterances.length === 0) {
    const what = format === 'vtt' || format === 'srt' ? 'no cues with text' : 'no spoken text';
    throw new TranscriptParseError('TRANSCRIPT_EMPTY', `The transcript contains ${what}.`);
  }
  return parsed;
}

function readTurns(text: string, format: TranscriptTextFormat): TurnDraft[] {
  const lines = splitLines(text);
  switch (format) {
    case 'txt':
      return readPlainTurns(lines, false);
    case 'md':
      return readPlainTurns(lines, true);
    case 'vtt':
      return readVttTurns(lines);
    case 'srt':
      return readSrtTurns(lines);
    default: {
      const unknown: never = format;
      throw new TranscriptParseError('TRANSCRIPT_MALFORMED', `Unsupported transcript format "${String(unknown)}".`);
    }
  }
}
