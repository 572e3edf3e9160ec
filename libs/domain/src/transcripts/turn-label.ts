import { parseClockTimestamp } from './timestamp-parser.js';

/** A speaker label found at the start of a line. */
export type TurnLabel = { speaker: string | null; startMs: number | null; rest: string };

const MAX_NAME_LENGTH = 40;
// Longer "names" are almost always a sentence that happens to contain a colon.
const MAX_NAME_WORDS = 5;
const NAME_SHAPE = /^\p{L}[\p{L}\p{M}\p{N} .'’_-]*$/u;
// In prose, each word of a label must look like part of a name: "Speaker 2", "Mary de la Cruz",
// "田中" pass; "so it" (from a wrapped "so it: ...") does not.
const NAME_WORD = /^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u;
const NAME_PARTICLES = new Set(['al', 'bin', 'da', 'de', 'del', 'della', 'den', 'der', 'di', 'du', 'ibn', 'la', 'le', 'of', 'ter', 'van', 'von', 'y']);

const CLOCK = String.raw`\d{1,3}(?::\d{2}){1,2}(?:[.,]\d{1,3})?`;
const STAMP = String.raw`\[${CLOCK}\]|\(${CLOCK}\)|${CLOCK}`;
// The colon must be followed by whitespace or the line end, which rules out "https://".
// Bounded runs keep matching linear on pathological lines (a megabyte of spaces).
const LABELLED_LINE = new RegExp(String.raw`^(?:(${STAMP})\s{1,10})?([^:\[\]()]{1,60}?)(?:\s{0,10}(${STAMP}))?\s{0,10}:(?:\s+|$)(.*)$`, 'u');
const STAMPED_LINE = new RegExp(String.raw`^(\[${CLOCK}\]|\(${CLOCK}\))\s*(.*)$`, 'u');
const NAME_PREFIX = /^([^:]{1,60}?)\s{0,10}:(?:\s+|$)(.*)$/su;

/**
 * Plausible speaker name: starts with a letter, at most 40 chars and 5 words of letters, digits,
 * spaces and .-'_. `capitalised` (prose transcripts) also requires name-like capitalisation;
 * cue formats skip it because lowercase Zoom display names are common there.
 */
export function isSpeakerName(name: string, capitalised = false): boolean {
  const words = name.split(/\s+/u);
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || !NAME_SHAPE.test(name) || words.length > MAX_NAME_WORDS) return false;
  return !capitalised || words.every((word, i) => NAME_WORD.test(word) || (i > 0 && NAME_PARTICLES.has(word)));
}

/** "Name: text" at the start of a cue payload; null when there is no plausible label. */
export function splitNamePrefix(text: string): { speaker: string; rest: string } | null {
  const match = NAME_PREFIX.exec(text.trimStart());
  const speaker = match?.[1]?.trim() ?? '';
  if (match === null || !isSpeakerName(speaker)) return null;
  return { speaker, rest: match[2] ?? '' };
}

/**
 * Plain-transcript line label: "Name: text", optionally with a clock stamp before or after
 * the name ("[00:12:03] Name:", "Name (12:03):"), or a bracketed stamp alone ("[00:12:03] text").
 */
export function parseTurnLabel(line: string): TurnLabel | null {
  const labelled = LABELLED_LINE.exec(line);
  const speaker = labelled?.[2]?.trim() ?? '';
  if (labelled !== null && isSpeakerName(speaker, true)) {
    const stamp = labelled[1] ?? labelled[3];
    return { speaker, startMs: stamp === undefined ? null : stampToMs(stamp), rest: labelled[4] ?? '' };
  }
  const stamped = STAMPED_LINE.exec(line);
  if (stamped?.[1] !== undefined) {
    return { speaker: null, startMs: stampToMs(stamped[1]), rest: stamped[2] ?? '' };
  }
  return null;
}

function stampToMs(stamp: string): number | null {
  return parseClockTimestamp(stamp.replace(/^[[(]|[\])]$/g, ''));
}
