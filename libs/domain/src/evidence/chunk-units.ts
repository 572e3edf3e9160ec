import { speakerPrefix } from './chunk-render.js';
import type { ChunkableTranscript } from './chunk-types.js';
import { estimateTokens } from './token-estimate.js';

/** The smallest piece the chunker moves: a whole utterance, or a sentence, word or grapheme run of one. */
export type ChunkUnit = { utterance: number; start: number; end: number };

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const NON_SPACE_RUN = /\S+/gu;

function trimmedRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text.charAt(from))) from++;
  while (to > from && /\s/u.test(text.charAt(to - 1))) to--;
  return from < to ? { start: from, end: to } : null;
}

/**
 * Cuts an over-budget range into pieces that each fit with the speaker label: sentences (Unicode
 * sentence boundaries), then whitespace-separated words, then grapheme clusters for a "word" longer
 * than the budget (text in a script without spaces and without punctuation). A single grapheme that
 * does not fit with the label stays one piece.
 */
function splitRange(text: string, start: number, end: number, utterance: number, fits: (piece: string) => boolean): ChunkUnit[] {
  const units: ChunkUnit[] = [];
  const slice = text.slice(start, end);
  for (const sentence of sentences.segment(slice)) {
    const range = trimmedRange(text, start + sentence.index, start + sentence.index + sentence.segment.length);
    if (range === null) continue;
    if (fits(text.slice(range.start, range.end))) {
      units.push({ utterance, ...range });
      continue;
    }
    for (const word of text.slice(range.start, range.end).matchAll(NON_SPACE_RUN)) {
      const wordStart = range.start + word.index;
      if (fits(word[0])) {
        units.push({ utterance, start: wordStart, end: wordStart + word[0].length });
        continue;
      }
      for (const grapheme of graphemes.segment(word[0])) {
        const graphemeStart = wordStart + grapheme.index;
        units.push({ utterance, start: graphemeStart, end: graphemeStart + grapheme.segment.length });
      }
    }
  }
  return units;
}

/**
 * The units of a transcript in text order: each utterance whole when "Speaker: text" fits in
 * `maxTokens`, else cut by `splitRange`. Every utterance yields at least one unit (an empty one keeps
 * its empty range), so every utterance is covered by some chunk.
 */
export function buildChunkUnits(transcript: ChunkableTranscript, maxTokens: number): ChunkUnit[] {
  const units: ChunkUnit[] = [];
  transcript.utterances.forEach((utterance, index) => {
    const prefix = speakerPrefix(utterance.speaker);
    const fits = (piece: string): boolean => estimateTokens(prefix + piece) <= maxTokens;
    const pieces = fits(transcript.text.slice(utterance.start, utterance.end))
      ? []
      : splitRange(transcript.text, utterance.start, utterance.end, index, fits);
    if (pieces.length === 0) units.push({ utterance: index, start: utterance.start, end: utterance.end });
    else for (const piece of pieces) units.push(piece);
  });
  return units;
}
