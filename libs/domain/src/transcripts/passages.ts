import type { ParsedTranscript } from './transcript-types.js';

export type Passage = { start: number; text: string };

/**
 * Splits a transcript into passages for search snippets: one per utterance, with
 * long monologues cut at whitespace so that no passage exceeds `maxChars`.
 * `text` always equals `transcript.slice(start, start + text.length)`.
 */
export function toPassages(transcript: Pick<ParsedTranscript, 'text' | 'utterances'>, maxChars = 1200): Passage[] {
  if (!Number.isInteger(maxChars) || maxChars < 20) throw new RangeError('maxChars must be an integer of at least 20');
  const passages: Passage[] = [];
  for (const utterance of transcript.utterances) {
    let start = utterance.start;
    while (start < utterance.end) {
      let end = Math.min(start + maxChars, utterance.end);
      if (end < utterance.end) {
        const lastSpace = transcript.text.lastIndexOf(' ', end);
        if (lastSpace > start) end = lastSpace;
      }
      const text = transcript.text.slice(start, end);
      if (text.trim() !== '') passages.push({ start, text });
      start = end;
      while (start < utterance.end && transcript.text[start] === ' ') start += 1;
    }
  }
  return passages;
}
