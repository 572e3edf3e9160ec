// A word is a whitespace-separated token with at least one letter or digit, so
// "don't", "well-known" and "3.5" count once and a lone "—" not at all.
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

export function wordCount(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (HAS_WORD_CHAR.test(token)) count++;
  }
  return count;
}
