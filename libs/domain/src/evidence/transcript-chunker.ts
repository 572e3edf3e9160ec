import { DomainInputError } from '../validation/domain-input-error.js';
import { assertCount } from '../validation/assert-input.js';
import { speakerPrefix } from './chunk-render.js';
import type { ChunkableTranscript, ChunkOptions, TranscriptChunk } from './chunk-types.js';
import { buildChunkUnits, type ChunkUnit } from './chunk-units.js';
import { appendToTokenCount, EMPTY_TOKEN_COUNT, tokensOfCount, type TokenCount } from './token-estimate.js';

/** The running token count of a rendered chunk after appending `unit`, which follows `previous` (if any). */
function countWithUnit(transcript: ChunkableTranscript, count: TokenCount, previous: ChunkUnit | undefined, unit: ChunkUnit): TokenCount {
  if (previous !== undefined && previous.utterance === unit.utterance) {
    return appendToTokenCount(count, transcript.text.slice(previous.end, unit.end));
  }
  const speaker = transcript.utterances[unit.utterance]?.speaker ?? null;
  const block = speakerPrefix(speaker) + transcript.text.slice(unit.start, unit.end);
  return appendToTokenCount(count, previous === undefined ? block : `\n\n${block}`);
}

function tokensOfUnits(transcript: ChunkableTranscript, units: readonly ChunkUnit[], from: number, to: number): number {
  let count = EMPTY_TOKEN_COUNT;
  for (let index = from; index < to; index++) {
    const unit = units[index];
    if (unit !== undefined) count = countWithUnit(transcript, count, index > from ? units[index - 1] : undefined, unit);
  }
  return tokensOfCount(count);
}

function validate(transcript: ChunkableTranscript, options: ChunkOptions): void {
  assertCount(options.maxTokens, 'maxTokens');
  assertCount(options.overlapTokens, 'overlapTokens');
  if (options.maxTokens < 1) throw new DomainInputError('OUT_OF_RANGE', 'maxTokens', 'expected at least 1 token');
  if (options.overlapTokens >= options.maxTokens) {
    const message = `expected fewer than maxTokens (${options.maxTokens}), got ${options.overlapTokens}`;
    throw new DomainInputError('INCONSISTENT_INPUT', 'overlapTokens', message);
  }
  let previousEnd = 0;
  transcript.utterances.forEach((utterance, index) => {
    if (utterance.start < previousEnd || utterance.end < utterance.start || utterance.end > transcript.text.length) {
      throw new DomainInputError('INCONSISTENT_INPUT', `utterances[${index}]`, 'expected ordered, non-overlapping offsets within the text');
    }
    previousEnd = utterance.end;
  });
}

/**
 * Splits a transcript into chunks for LLM extraction, each within a token budget.
 *
 * Chunks end on speaker turns (utterance boundaries); an utterance that alone is over budget is cut at
 * sentence boundaries (`Intl.Segmenter`, granularity "sentence"), a sentence over budget at whitespace,
 * and a whitespace-free run over budget between grapheme clusters. Each chunk is filled greedily; the
 * next one starts with the last units (utterances, or sentences of a cut utterance) of the previous
 * chunk whose rendered size is at most `overlapTokens`, so a passage cut by a chunk boundary is whole
 * in one chunk — but never so many that the next chunk has no room for something new.
 *
 * Guarantees: chunks are in text order and deterministic (for one ICU version); every utterance is in
 * at least one chunk; `chunk.tokens` is the estimate of `renderChunk(transcript, chunk)` and is at most
 * `maxTokens`, unless one grapheme with its speaker label is over budget. A transcript without
 * utterances gives no chunks. Throws `DomainInputError` for budgets that are not whole numbers, an
 * overlap of `maxTokens` or more, or utterance offsets that are out of order or outside the text.
 */
export function chunkTranscript(transcript: ChunkableTranscript, options: ChunkOptions): TranscriptChunk[] {
  validate(transcript, options);
  const { maxTokens, overlapTokens } = options;
  const units = buildChunkUnits(transcript, maxTokens);
  const chunks: TranscriptChunk[] = [];
  let first = 0;
  while (first < units.length) {
    const head = units[first];
    if (head === undefined) break;
    let count = countWithUnit(transcript, EMPTY_TOKEN_COUNT, undefined, head);
    let last = first + 1;
    for (let unit = units[last]; unit !== undefined; unit = units[last]) {
      const extended = countWithUnit(transcript, count, units[last - 1], unit);
      if (tokensOfCount(extended) > maxTokens) break;
      count = extended;
      last++;
    }
    const tail = units[last - 1] ?? head;
    chunks.push({
      index: chunks.length,
      start: head.start,
      end: tail.end,
      text: transcript.text.slice(head.start, tail.end),
      utteranceStart: head.utterance,
      utteranceEnd: tail.utterance + 1,
      tokens: tokensOfCount(count),
    });
    if (last >= units.length) break;
    let next = last;
    while (
      next - 1 > first &&
      tokensOfUnits(transcript, units, next - 1, last) <= overlapTokens &&
      tokensOfUnits(transcript, units, next - 1, last + 1) <= maxTokens
    ) {
      next--;
    }
    first = next;
  }
  return chunks;
}
