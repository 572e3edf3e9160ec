import { isWideCharacter } from './character-classes.js';

/**
 * Running counts behind the token estimate, so text can be appended piece by piece (the chunker
 * budgets a chunk without rendering it) and still give exactly the estimate of the joined text.
 */
export type TokenCount = {
  /** Code points that are neither whitespace nor Han/kana/Hangul. */
  chars: number;
  /** Finished whitespace-separated runs of those with at least one letter or digit. */
  words: number;
  /** Han, kana and Hangul code points. */
  wide: number;
  /** Whether the text so far ends inside a run, and whether that run has a letter or digit. */
  inRun: boolean;
  runHasWordCharacter: boolean;
};

export const EMPTY_TOKEN_COUNT: TokenCount = { chars: 0, words: 0, wide: 0, inRun: false, runHasWordCharacter: false };

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const WHITESPACE = /^[\s\p{Z}]$/u;

type CharacterKind = 'space' | 'wide' | 'word' | 'other';
const kindCache = new Map<number, CharacterKind>();

function characterKind(codePoint: number): CharacterKind {
  if (codePoint < 0x80) {
    if (codePoint === 0x20 || (codePoint >= 0x09 && codePoint <= 0x0d)) return 'space';
    const lower = codePoint | 0x20;
    if ((lower >= 0x61 && lower <= 0x7a) || (codePoint >= 0x30 && codePoint <= 0x39)) return 'word';
    return 'other';
  }
  let kind = kindCache.get(codePoint);
  if (kind === undefined) {
    const character = String.fromCodePoint(codePoint);
    if (WHITESPACE.test(character)) kind = 'space';
    else if (isWideCharacter(character)) kind = 'wide';
    else if (WORD_CHARACTER.test(character)) kind = 'word';
    else kind = 'other';
    if (kindCache.size >= 20_000) kindCache.clear();
    kindCache.set(codePoint, kind);
  }
  return kind;
}

/** The count of `count`'s text followed directly by `text` (returns a new object). */
export function appendToTokenCount(count: TokenCount, text: string): TokenCount {
  let { chars, words, wide, inRun, runHasWordCharacter } = count;
  for (let index = 0; index < text.length; index++) {
    const codePoint = text.codePointAt(index) ?? 0;
    if (codePoint > 0xffff) index++;
    const kind = characterKind(codePoint);
    if (kind === 'space' || kind === 'wide') {
      if (inRun && runHasWordCharacter) words++;
      inRun = false;
      runHasWordCharacter = false;
      if (kind === 'wide') wide++;
    } else {
      chars++;
      inRun = true;
      if (kind === 'word') runHasWordCharacter = true;
    }
  }
  return { chars, words, wide, inRun, runHasWordCharacter };
}

/**
 * The estimate for a count: the mean of two rules of thumb for English with GPT-style BPE tokenizers
 * (one token per 4 non-space characters; 4/3 tokens per word) plus one token per Han, kana or Hangul
 * character, rounded up.
 */
export function tokensOfCount(count: TokenCount): number {
  const words = count.words + (count.inRun && count.runHasWordCharacter ? 1 : 0);
  return Math.ceil((count.chars / 4 + (words * 4) / 3) / 2 + count.wide);
}

/**
 * A deterministic, dependency-free estimate of how many tokens an LLM tokenizer makes of `text`, for
 * chunk budgets and cost estimates. Approximate: built from the published rules of thumb for
 * cl100k-style tokenizers rather than from a vocabulary, it aims at about ±15% of cl100k on ordinary
 * English prose and conversation (not measured against a real tokenizer in this repository); expect
 * larger errors on code, long numbers, URLs and non-Latin scripts (each Han, kana or Hangul character
 * counts as one token). Whitespace and line breaks count nothing. Where an exact count matters (a hard
 * provider limit), leave headroom.
 */
export function estimateTokens(text: string): number {
  return tokensOfCount(appendToTokenCount(EMPTY_TOKEN_COUNT, text));
}
