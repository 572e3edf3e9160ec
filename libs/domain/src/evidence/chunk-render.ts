import type { ChunkableTranscript, TranscriptChunk } from './chunk-types.js';

/** "Name: " for a named speaker, nothing for an unnamed one. */
export function speakerPrefix(speaker: string | null): string {
  return speaker === null || speaker.trim() === '' ? '' : `${speaker}: `;
}

/**
 * The prompt text of a chunk: one block per covered utterance, "Speaker: words" (just the words when
 * the speaker is unknown), blocks separated by a blank line. An utterance cut at the chunk's start
 * or end shows only its covered part. The words are verbatim slices of the transcript text, so any
 * quote of them can be located there; the labels are not part of the transcript text and a quote
 * that includes one will not be found.
 */
export function renderChunk(
  transcript: ChunkableTranscript,
  chunk: Pick<TranscriptChunk, 'start' | 'end' | 'utteranceStart' | 'utteranceEnd'>,
): string {
  const blocks: string[] = [];
  for (let index = chunk.utteranceStart; index < chunk.utteranceEnd; index++) {
    const utterance = transcript.utterances[index];
    if (utterance === undefined) continue;
    const start = Math.max(utterance.start, chunk.start);
    const end = Math.min(utterance.end, chunk.end);
    if (end < start) continue;
    blocks.push(speakerPrefix(utterance.speaker) + transcript.text.slice(start, end));
  }
  return blocks.join('\n\n');
}
