import { TranscriptParseError } from './transcript-types.js';

/** One physical line of the source with its 1-based line number. */
export type SourceLine = { text: string; line: number };

// Above this share of stray control characters the "text" is almost surely a renamed binary.
const MAX_CONTROL_SHARE = 0.01;

export function stripBom(content: string): string {
  return content.startsWith('\uFEFF') ? content.slice(1) : content;
}

/** Rejects content that is not human-readable text (NUL bytes, many C0 controls). */
export function assertTextual(content: string): void {
  const nul = content.indexOf('\u0000');
  if (nul !== -1) {
    throw new TranscriptParseError('TRANSCRIPT_BINARY', 'the file contains NUL bytes and looks binary, not like a text transcript', lineAt(content, nul));
  }
  let controls = 0;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) controls++;
  }
  if (controls > content.length * MAX_CONTROL_SHARE) {
    throw new TranscriptParseError('TRANSCRIPT_BINARY', 'The file contains many control characters and looks binary, not like a text transcript.');
  }
}

/** Splits on CRLF, LF or lone CR, keeping 1-based line numbers. */
export function splitLines(content: string): SourceLine[] {
  return content.split(/\r\n|\r|\n/).map((text, i) => ({ text, line: i + 1 }));
}

export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === '';
}

/** Groups lines into blank-line separated blocks (cue formats). */
export function splitBlocks(lines: readonly SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function lineAt(content: string, index: number): number {
  return splitLines(content.slice(0, index)).length;
}
