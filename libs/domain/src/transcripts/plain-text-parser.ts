import { readMarkdownLine } from './markdown-line.js';
import type { SourceLine } from './source-lines.js';
import { parseTurnLabel } from './turn-label.js';
import type { TurnDraft } from './utterance-builder.js';

/**
 * Reads "Name: text" turns from plain text or markdown. Unlabelled lines continue the current
 * turn; after a blank line they start a new paragraph utterance of the same speaker.
 */
export function readPlainTurns(lines: readonly SourceLine[], markdown: boolean): TurnDraft[] {
  const drafts: TurnDraft[] = [];
  let current: TurnDraft | null = null;
  let speaker: string | null = null;
  let paragraphBreak = false;

  for (const source of lines) {
    const read = markdown ? readMarkdownLine(source.text) : { kind: 'text' as const, text: source.text };
    if (read.kind === 'break' || read.text.trim() === '') {
      paragraphBreak = true;
      continue;
    }
    const label = parseTurnLabel(read.text.trim());
    if (label !== null) {
      // A bare "[00:12:03] text" keeps the running speaker.
      speaker = label.speaker ?? speaker;
      current = { speaker, parts: [label.rest], startMs: label.startMs, endMs: null, line: source.line };
      drafts.push(current);
    } else if (current === null || paragraphBreak) {
      current = { speaker, parts: [read.text], startMs: null, endMs: null, line: source.line };
      drafts.push(current);
    } else {
      current.parts.push(read.text);
    }
    paragraphBreak = false;
  }
  return drafts;
}
