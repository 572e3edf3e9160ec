export type TranscriptTextFormat = 'txt' | 'md' | 'vtt' | 'srt';

export type ParsedUtterance = {
  /** Trimmed speaker name, null when the source gives none. */
  speaker: string | null;
  /** Offset of the first character of the utterance in `ParsedTranscript.text`. */
  start: number;
  /** Exclusive end offset in `ParsedTranscript.text`. */
  end: number;
  startMs: number | null;
  endMs: number | null;
};

export type ParsedTranscript = {
  /** Utterance texts joined by "\n\n"; labels and timestamps live in `utterances`. */
  text: string;
  utterances: ParsedUtterance[];
  /** Distinct speakers in order of first appearance. */
  speakers: string[];
};

export type TranscriptLimits = { maxUtterances: number; maxChars: number };

export const DEFAULT_TRANSCRIPT_LIMITS: TranscriptLimits = { maxUtterances: 20_000, maxChars: 2_000_000 };

export type TranscriptParseErrorCode =
  | 'TRANSCRIPT_EMPTY'
  | 'TRANSCRIPT_MALFORMED'
  | 'TRANSCRIPT_TOO_MANY_UTTERANCES'
  | 'TRANSCRIPT_TOO_LONG'
  | 'TRANSCRIPT_BINARY';

/** Messages that point at a line read "Line 14: expected a timestamp like …". */
export class TranscriptParseError extends Error {
  override readonly name = 'TranscriptParseError';

  constructor(
    readonly code: TranscriptParseErrorCode,
    message: string,
    /** 1-based source line of the problem, when known. */
    readonly line: number | null = null,
  ) {
    super(line === null ? message : `Line ${line}: ${message}`);
  }
}
