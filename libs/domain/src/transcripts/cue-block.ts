import type { SourceLine } from './source-lines.js';
import { isTimingLine, parseCueTiming, TIMING_EXAMPLE, type CueFormat, type CueTiming } from './timestamp-parser.js';
import { TranscriptParseError } from './transcript-types.js';

export type CueBlock = CueTiming & { timingLine: number; payload: SourceLine[] };

// A line that was probably meant as a timing line ("00:01 -> 00:02") rather than a cue id.
const TIMING_ATTEMPT = /\d:\d|->/;

/** Reads "[identifier] / timing / payload..." — the shape shared by WebVTT and SRT cues. */
export function readCueBlock(block: readonly SourceLine[], format: CueFormat): CueBlock {
  const timingIndex = block.findIndex((line, i) => i < 2 && isTimingLine(line.text));
  const timingSource = block[timingIndex];
  if (timingSource === undefined) {
    const first = block[0];
    const culprit = first === undefined || TIMING_ATTEMPT.test(first.text) ? first : (block[1] ?? first);
    throw new TranscriptParseError('TRANSCRIPT_MALFORMED', `expected a timestamp like ${TIMING_EXAMPLE[format]}`, culprit?.line ?? null);
  }
  return { ...parseCueTiming(timingSource, format), timingLine: timingSource.line, payload: block.slice(timingIndex + 1) };
}
