import { classifyCharacter, isMark, type CharacterClass } from './character-classes.js';

/** One character of a folded cluster and how matching treats it. */
export type FoldedPiece = { value: string; kind: CharacterClass };

/** Lower-case code and class of each ASCII character, for the fast path of folding. */
export const ASCII_LOWER_CODES: number[] = [];
export const ASCII_KIND: CharacterClass[] = [];
for (let code = 0; code < 0x80; code++) {
  const character = String.fromCharCode(code);
  ASCII_LOWER_CODES.push(character.toLowerCase().charCodeAt(0));
  ASCII_KIND.push(classifyCharacter(character));
}

// Caches are cleared when full so that adversarial text cannot grow them without bound.
const CACHE_LIMIT = 20_000;
const clusterCache = new Map<string, readonly FoldedPiece[]>();
const continuationCache = new Map<number, boolean>();

/** Marks and conjoining Hangul vowels/finals belong to the character before them. */
function continuesCluster(codePoint: number): boolean {
  if ((codePoint >= 0x1160 && codePoint <= 0x11ff) || (codePoint >= 0xd7b0 && codePoint <= 0xd7ff)) return true;
  let cached = continuationCache.get(codePoint);
  if (cached === undefined) {
    cached = isMark(String.fromCodePoint(codePoint));
    if (continuationCache.size >= CACHE_LIMIT) continuationCache.clear();
    continuationCache.set(codePoint, cached);
  }
  return cached;
}

/** NFKC, lower case and classification of one base character with its marks; cached per cluster. */
export function foldCluster(cluster: string): readonly FoldedPiece[] {
  const cached = clusterCache.get(cluster);
  if (cached !== undefined) return cached;
  const folded = cluster.normalize('NFKC').toLowerCase().replaceAll('ς', 'σ');
  const pieces: FoldedPiece[] = [];
  let afterContent = false;
  for (const character of folded) {
    let kind = classifyCharacter(character);
    // A mark counts only on a letter it modifies: a variation selector after an emoji, or an accent
    // after a space, is dropped.
    if (kind === 'content' && !afterContent && isMark(character)) kind = 'ignored';
    if (kind !== 'ignored') afterContent = kind === 'content';
    pieces.push({ value: character, kind });
  }
  if (clusterCache.size >= CACHE_LIMIT) clusterCache.clear();
  clusterCache.set(cluster, pieces);
  return pieces;
}

/** End of the cluster starting at `start`: one code point with the marks (and Hangul jamo) that follow it. */
export function clusterEnd(text: string, start: number): number {
  const first = text.codePointAt(start) ?? 0;
  let end = start + (first > 0xffff ? 2 : 1);
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code < 0x300) break;
    const codePoint = text.codePointAt(end) ?? code;
    if (!continuesCluster(codePoint)) break;
    end += codePoint > 0xffff ? 2 : 1;
  }
  return end;
}
