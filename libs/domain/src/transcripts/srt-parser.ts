import { readCueBlock } from './cue-block.js';
import { splitBlocks, type SourceLine } from './source-lines.js';
import { isSpeakerName, splitNamePrefix } from './turn-label.js';
import { mergeSameSpeaker, type TurnDraft } from './utterance-builder.js';

// SRT has no tag grammar: only the de-facto formatting tags and ASS overrides ({\an8}) go.
const FORMAT_TAG = /<\/?(?:i|b|u|font)(?:\s[^<>]*)?>|\{\\[^{}]*\}/giu;
// "- text" marks a change of speaker; "-5 degrees" does not.
const DIALOGUE_DASH = /^-\s+/u;
const LEADING_DASH = /^-\s*/u;
const BRACKETED_SPEAKER = /^\[([^\]]{1,40})\]\s+(\S.*)$/u;

type LineSpeaker = { speaker: string | null; text: string; newTurn: boolean };

/** Reads SRT cues as speaker turns, merging consecutive cues of the same speaker. */
export function readSrtTurns(lines: readonly SourceLine[]): TurnDraft[] {
  const drafts: TurnDraft[] = [];
  for (const block of splitBlocks(lines)) {
    const cue = readCueBlock(block, 'srt');
    let current: TurnDraft | null = null;
    for (const source of cue.payload) {
      const read = readSpeaker(source.text.replace(FORMAT_TAG, '').trim());
      if (current === null || read.newTurn) {
        current = { speaker: read.speaker, parts: [read.text], startMs: cue.startMs, endMs: cue.endMs, line: cue.timingLine };
        drafts.push(current);
      } else {
        current.parts.push(read.text);
      }
    }
  }
  return mergeSameSpeaker(drafts);
}

/** "Name: text", "[Name] text" or "- Name: text"; a bare "- text" is a new, unnamed turn. */
function readSpeaker(line: string): LineSpeaker {
  const dashed = DIALOGUE_DASH.test(line);
  const text = line.replace(LEADING_DASH, '');
  const bracketed = BRACKETED_SPEAKER.exec(text);
  const bracketName = bracketed?.[1]?.trim() ?? '';
  if (bracketed !== null && isSpeakerName(bracketName)) {
    return { speaker: bracketName, text: bracketed[2] ?? '', newTurn: true };
  }
  const prefixed = splitNamePrefix(text);
  if (prefixed !== null) return { speaker: prefixed.speaker, text: prefixed.rest, newTurn: true };
  return { speaker: null, text: dashed ? text : line, newTurn: dashed };
}
