import { readCueBlock } from './cue-block.js';
import { splitBlocks, type SourceLine } from './source-lines.js';
import { isTimingLine } from './timestamp-parser.js';
import { TranscriptParseError } from './transcript-types.js';
import { splitNamePrefix } from './turn-label.js';
import { mergeSameSpeaker, type TurnDraft } from './utterance-builder.js';

const SIGNATURE = /^WEBVTT(?:[ \t]|$)/;
const NON_CUE_BLOCK = /^(?:NOTE(?:[ \t]|$)|(?:STYLE|REGION)[ \t]*$)/;
// <v Name>, <v.loud.shout Name>; the closing </v> is optional in WebVTT.
const VOICE_TAG = /<v(?:\.[^\s<>]*)?(?:[ \t]+([^<>]*))?>/gu;
// Any other tag, including timestamps <00:00:01.000>. "<" not followed by a name stays text.
const OTHER_TAG = /<\/?[\p{L}\d.][^<>]*>/gu;
const ENTITY = /&(amp|lt|gt|nbsp|lrm|rlm|quot|apos|#\d{1,7}|#x[\da-f]{1,6});/giu;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', nbsp: '\u00A0', lrm: '\u200E', rlm: '\u200F', quot: '"', apos: "'",
};

type VoiceSegment = { speaker: string | null; text: string };

/** Reads WebVTT cues as speaker turns, merging consecutive cues of the same speaker. */
export function readVttTurns(lines: readonly SourceLine[]): TurnDraft[] {
  if (!SIGNATURE.test(lines[0]?.text ?? '')) {
    throw new TranscriptParseError('TRANSCRIPT_MALFORMED', 'a WebVTT file must start with "WEBVTT"', 1);
  }
  const drafts: TurnDraft[] = [];
  for (const block of splitBlocks(skipHeader(lines))) {
    if (NON_CUE_BLOCK.test(block[0]?.text ?? '')) continue;
    const cue = readCueBlock(block, 'vtt');
    const payload = cue.payload.map((line) => line.text).join('\n');
    for (const segment of splitVoices(payload)) {
      drafts.push({ speaker: segment.speaker, parts: [segment.text], startMs: cue.startMs, endMs: cue.endMs, line: cue.timingLine });
    }
  }
  return mergeSameSpeaker(drafts);
}

/** The header runs to the first blank line, or up to a timing line if a cue follows directly. */
function skipHeader(lines: readonly SourceLine[]): readonly SourceLine[] {
  const end = lines.findIndex((line, i) => i > 0 && (line.text.trim() === '' || isTimingLine(line.text)));
  return end === -1 ? [] : lines.slice(end);
}

function splitVoices(payload: string): VoiceSegment[] {
  const segments: VoiceSegment[] = [];
  let speaker: string | null = null;
  let from = 0;
  for (const match of payload.matchAll(VOICE_TAG)) {
    segments.push({ speaker, text: cleanText(payload.slice(from, match.index)) });
    speaker = decodeEntities(match[1] ?? '').trim() || null;
    from = match.index + match[0].length;
  }
  segments.push({ speaker, text: cleanText(payload.slice(from)) });
  const spoken = segments.filter((segment) => segment.text.trim() !== '');
  // Without voice tags, Zoom-style "Name: text" prefixes carry the speaker.
  const only = spoken[0];
  if (spoken.length === 1 && only !== undefined && only.speaker === null) {
    const prefixed = splitNamePrefix(only.text);
    if (prefixed !== null) return [{ speaker: prefixed.speaker, text: prefixed.rest }];
  }
  return spoken;
}

function cleanText(text: string): string {
  return decodeEntities(text.replace(OTHER_TAG, ''));
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole: string, name: string) => {
    const lower = name.toLowerCase();
    if (!lower.startsWith('#')) return NAMED_ENTITIES[lower] ?? whole;
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
