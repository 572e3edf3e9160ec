/**
 * How the tolerant quote matcher treats one character (after NFKC and lower-casing):
 * - `content`: letters, digits, marks on them, symbols such as `$`, `%` or `+`;
 * - `separator`: whitespace, punctuation (quotes, dashes, ellipses, brackets, full stops), emoji and
 *   control characters; a run of separators becomes one space between words;
 * - `ignored`: apostrophes (so "don't", "don’t" and "dont" read alike), zero-width and format
 *   characters, emoji skin-tone modifiers and variation selectors.
 */
export type CharacterClass = 'content' | 'separator' | 'ignored';

// U+0027 ', U+2018 ‘, U+2019 ’, U+02BC ʼ, U+0060 `, U+00B4 ´, U+2032 ′, U+FF07 ＇.
const APOSTROPHES = /^['\u2018\u2019\u02BC\u0060\u00B4\u2032\uFF07]$/u;
const IGNORED = /^[\p{Cf}\p{Emoji_Modifier}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
const SEPARATOR = /^[\s\p{Z}\p{P}\p{Cc}\p{Cs}\p{Extended_Pictographic}\p{Regional_Indicator}]$/u;
const MARK = /^\p{M}$/u;
// Scripts written without spaces between words: any position between two of their characters may be
// a word boundary, and a quote in them needs no minimum word count.
const NO_SPACE_SCRIPT = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u;
// Characters that carry about a word each (and about a token each in common LLM tokenizers).
const WIDE = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]$/u;

const classCache = new Map<string, CharacterClass>();
const CACHE_LIMIT = 20_000;

/** Classifies one code point (given as a string) for tolerant matching; cached per character. */
export function classifyCharacter(character: string): CharacterClass {
  const cached = classCache.get(character);
  if (cached !== undefined) return cached;
  let result: CharacterClass = 'content';
  if (APOSTROPHES.test(character) || IGNORED.test(character)) result = 'ignored';
  else if (SEPARATOR.test(character)) result = 'separator';
  if (classCache.size >= CACHE_LIMIT) classCache.clear();
  classCache.set(character, result);
  return result;
}

/** True for a combining mark (accents written as a separate code point, variation selectors). */
export function isMark(character: string): boolean {
  return MARK.test(character);
}

/** True for Han, kana, Thai, Lao, Khmer and Myanmar characters: scripts that put no spaces between words. */
export function isNoSpaceScript(character: string): boolean {
  return character.charCodeAt(0) >= 0x0e00 && NO_SPACE_SCRIPT.test(character);
}

/** True for Han, kana and Hangul characters, which weigh about a word (and a token) each. */
export function isWideCharacter(character: string): boolean {
  return character.charCodeAt(0) >= 0x1100 && WIDE.test(character);
}

// Hesitation sounds that transcripts keep and LLMs drop when they quote: "I, um, export it" is quoted
// as "I export it". Only pure disfluencies, never words ("like", "you know" and "er", which is a German
// word, stay): dropping them on both sides cannot make a different wording match.
const FILLER = /^(?:u+[hm]+|e+r+m+|h+m+|m+h?m+)$/u;

/** True for a normalized word that is only a hesitation sound ("um", "uh", "uhm", "erm", "hmm", "mm", "mhm"). */
export function isFillerWord(word: string): boolean {
  return FILLER.test(word);
}
