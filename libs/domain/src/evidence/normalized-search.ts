import { isNoSpaceScript } from './character-classes.js';
import type { NormalizedText } from './text-normalization-map.js';
import type { TextSpan } from './quote-locator-types.js';
import type { SubstringSearch } from './substring-index.js';

function codePointEndingAt(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) return text.slice(end - 2, end);
  return text.charAt(end - 1);
}

function codePointStartingAt(text: string, start: number): string {
  return String.fromCodePoint(text.codePointAt(start) ?? 0);
}

/**
 * True when a match may begin or end at `position` of a folded text: at either end, next to a
 * space, or next to a character of a script without spaces (where any character may end a word).
 * This keeps "app" from matching inside "application".
 */
export function isWordBoundary(text: string, position: number): boolean {
  if (position <= 0 || position >= text.length) return true;
  if (text.charCodeAt(position - 1) === 0x20 || text.charCodeAt(position) === 0x20) return true;
  return isNoSpaceScript(codePointEndingAt(text, position)) || isNoSpaceScript(codePointStartingAt(text, position));
}

/** A folded text with a substring search over it. */
export type SearchableText = { text: string; search: SubstringSearch };

/**
 * First position `>= from` (and `<= maxStart`, when given) where the folded `needle` occurs in the
 * folded text on word boundaries at both ends; -1 when there is none.
 */
export function findOnWordBoundaries(haystack: SearchableText, needle: string, from: number, maxStart?: number): number {
  if (needle === '') return -1;
  let position = haystack.search.find(needle, from, maxStart);
  while (position !== -1) {
    if (isWordBoundary(haystack.text, position) && isWordBoundary(haystack.text, position + needle.length)) return position;
    position = haystack.search.find(needle, position + 1, maxStart);
  }
  return -1;
}

/** Maps the folded range `[start, end)` (non-empty, on content characters) back to original offsets. */
export function toOriginalSpan(index: NormalizedText, start: number, end: number): TextSpan {
  return { start: index.starts[start] ?? 0, end: index.ends[end - 1] ?? 0 };
}
