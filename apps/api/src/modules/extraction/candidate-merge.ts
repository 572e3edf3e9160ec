import { normalizeOutcomeStatement, outcomeSimilarity } from '@outcome-atlas/domain';
import type { ChunkResult } from './outcome-writer.service.js';

/** Chunks overlap and interviews repeat themselves: proposals this similar are one outcome. */
export const SAME_OUTCOME_SIMILARITY = 0.9;

export type MergedCandidate = {
  statement: string;
  jobStep: string | null;
  confidence: number;
  /** Every quote offered for it, with the chunk it came from (quotes are looked for there first). */
  quotes: { quote: string; chunk: { start: number; end: number } }[];
};

/**
 * Merges the chunks' proposals in transcript order: the same statement (after normalization) or a near-identical
 * one becomes one outcome with the union of their quotes; the most confident wording wins.
 */
export function mergeCandidates(chunks: readonly ChunkResult[]): MergedCandidate[] {
  const merged: (MergedCandidate & { normalized: string })[] = [];
  for (const chunk of chunks) {
    for (const candidate of chunk.candidates) {
      const statement = candidate.statement.replace(/\s+/g, ' ').trim();
      if (statement === '') continue;
      const normalized = normalizeOutcomeStatement(statement);
      const quotes = candidate.quotes.map((quote) => ({ quote, chunk: { start: chunk.start, end: chunk.end } }));
      const same = merged.find((existing) => existing.normalized === normalized || outcomeSimilarity(existing.statement, statement) >= SAME_OUTCOME_SIMILARITY);
      if (!same) {
        merged.push({ statement, normalized, jobStep: candidate.jobStep, confidence: candidate.confidence, quotes });
        continue;
      }
      same.quotes.push(...quotes);
      same.jobStep ??= candidate.jobStep;
      if (candidate.confidence > same.confidence) {
        same.statement = statement;
        same.normalized = normalized;
        same.confidence = candidate.confidence;
      }
    }
  }
  return merged.map(({ normalized: _normalized, ...candidate }) => candidate);
}
