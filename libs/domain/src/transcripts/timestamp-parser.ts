import type { SourceLine } from './source-lines.js';
import { TranscriptParseError } from './transcript-types.js';

export type CueTiming = { startMs: number; endMs: number };
export type CueFormat = 'vtt' | 'srt';

// Hours optional; "," (SRT) and "." (VTT) both accepted as the fraction separator.
const CUE_TIMESTAMP = /^(?:(\d{1,3}):)?([0-5]?\d):([0-5]\d)[.,](\d{1,3})$/;
const CUE_TIMING = /^\s*(\S+?)\s*-->\s*(\S+)(?:\s+.*)?$/;
// Clock stamps in plain transcripts: 12:03, 00:12:03, 1:02:03.5
const CLOCK_TIMESTAMP = /^(?:(\d{1,3}):)?([0-5]?\d):([0-5]\d)(?:[.,](\d{1,3}))?$/;

export const TIMING_EXAMPLE: Record<CueFormat, string> = {
  vtt: '00:01:02.500 --> 00:01:05.000',
  srt: '00:01:02,500 --> 00:01:05,000',
};

export function isTimingLine(text: string): boolean {
  return text.includes('-->');
}

/** Parses a cue timing line, throwing TRANSCRIPT_MALFORMED with the line number. */
export function parseCueTiming(source: SourceLine, format: CueFormat): CueTiming {
  const match = CUE_TIMING.exec(source.text);
  const startMs = match?.[1] === undefined ? null : toMs(CUE_TIMESTAMP.exec(match[1]));
  const endMs = match?.[2] === undefined ? null : toMs(CUE_TIMESTAMP.exec(match[2]));
  if (startMs === null || endMs === null) {
    throw new TranscriptParseError('TRANSCRIPT_MALFORMED', `expected a timestamp like ${TIMING_EXAMPLE[format]}`, source.line);
  }
  if (endMs < startMs) {
    throw new TranscriptParseError('TRANSCRIPT_MALFORMED', 'the cue ends before it starts', source.line);
  }
  return { startMs, endMs };
}

/** Parses "12:03", "00:12:03" or "00:12:03.500"; null when the text is not a clock stamp. */
export function parseClockTimestamp(text: string): number | null {
  return toMs(CLOCK_TIMESTAMP.exec(text));
}

function toMs(match: RegExpExecArray | null): number | null {
  if (match === null) return null;
  const [, hours = '0', minutes = '0', seconds = '0', fraction = ''] = match;
  // "5" after the separator means 500 ms, not 5 ms.
  const millis = Number(fraction.padEnd(3, '0'));
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + millis;
}
