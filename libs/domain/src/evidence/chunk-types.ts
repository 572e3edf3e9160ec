import type { ParsedTranscript } from '../transcripts/transcript-types.js';

/** What the chunker reads of a parsed transcript. */
export type ChunkableTranscript = Pick<ParsedTranscript, 'text' | 'utterances'>;

/** Budgets for {@link TranscriptChunk}s, in estimated tokens (see `estimateTokens`). */
export type ChunkOptions = {
  /** Most estimated tokens of one rendered chunk (`renderChunk`); a whole number of at least 1. */
  maxTokens: number;
  /** Most estimated tokens of the utterances repeated from the end of one chunk at the start of the next. */
  overlapTokens: number;
};

/**
 * A run of consecutive utterances (or of sentences, when one utterance is over budget) sent to the
 * model in one request. `text === transcript.text.slice(start, end)`, so a quote the model returns
 * can be located with `within: { start, end }`; the prompt itself should use `renderChunk`, which
 * adds speaker labels.
 */
export type TranscriptChunk = {
  /** 0-based position among the chunks. */
  index: number;
  /** Offset of the first covered character in the transcript text. */
  start: number;
  /** Exclusive end offset of the covered text. */
  end: number;
  /** The covered original text, labels not included. */
  text: string;
  /** Index of the first utterance (partly) covered. */
  utteranceStart: number;
  /** Exclusive index: one past the last utterance (partly) covered. */
  utteranceEnd: number;
  /** `estimateTokens(renderChunk(transcript, chunk))`. */
  tokens: number;
};
