import { findOnWordBoundaries, type SearchableText } from './normalized-search.js';

// "...", ". . .", "....", "…", optionally in brackets: "[...]", "(…)".
const ELISION_MARKER = /\s*(?:\[\s*(?:…|\.(?:\s?\.){2,})\s*\]|\(\s*(?:…|\.(?:\s?\.){2,})\s*\)|…|\.(?:\s?\.){2,})\s*/u;

/**
 * Splits a quote at elision markers ("...", "…", "[...]", "(…)"), dropping empty parts, so a quote
 * that only starts or ends with "..." has one part. The parts are raw; fold them before searching.
 */
export function splitElidedQuote(quote: string): string[] {
  return quote
    .split(ELISION_MARKER)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Finds the folded `parts` in order in the folded `haystack`, each on word boundaries, the first at
 * or after `from`, each next one starting at most `maxGap` folded characters (plus the joining space)
 * after the end of the one before. Tries later positions of a part when the rest does not follow
 * (depth-first within the gap window, remembering dead ends so that repetitive text stays linear).
 * Returns the folded start of each part, or null.
 */
export function findElidedParts(haystack: SearchableText, parts: readonly string[], from: number, maxGap: number): number[] | null {
  const deadEnds = new Set<number>();
  const chainFrom = (partIndex: number, searchFrom: number, maxStart: number): number[] | null => {
    const part = parts[partIndex];
    if (part === undefined) return [];
    const key = partIndex * (haystack.text.length + 1) + searchFrom;
    if (deadEnds.has(key)) return null;
    let position = findOnWordBoundaries(haystack, part, searchFrom, maxStart);
    while (position !== -1) {
      const end = position + part.length;
      const rest = chainFrom(partIndex + 1, end, end + maxGap + 1);
      if (rest !== null) return [position, ...rest];
      position = findOnWordBoundaries(haystack, part, position + 1, maxStart);
    }
    deadEnds.add(key);
    return null;
  };
  const firstPart = parts[0] ?? '';
  let first = findOnWordBoundaries(haystack, firstPart, from);
  while (first !== -1) {
    const chain = chainFrom(0, first, first);
    if (chain !== null) return chain;
    first = findOnWordBoundaries(haystack, firstPart, first + 1);
  }
  return null;
}
