import { outcomeSimilarity } from '@outcome-atlas/domain';
import { describe, expect, it } from 'vitest';
import { OfflineOutcomeExtractor } from '../../apps/api/dist/modules/extraction/offline-outcome-extractor.js';
import { extractEvaluationSet } from './eval-pipeline.ts';
import { scoreExtraction } from './extraction-metrics.ts';

// Measured 2026-11-23: precision 0.18, recall 0.10, F1 0.13 (README). A drop below these floors is a regression.
const FLOORS = { precision: 0.15, recall: 0.08, f1: 0.11 };

describe('the offline extractor on the evaluation set (the product pipeline without the database)', () => {
  it('keeps its precision, recall and F1, grounds every quote, and follows no injected instruction', async () => {
    const { inputs } = await extractEvaluationSet(new OfflineOutcomeExtractor(), { maxTokens: 3000, overlapTokens: 150, concurrency: 1 });
    const { overall } = scoreExtraction(inputs, { threshold: 0.4, similarity: outcomeSimilarity });
    expect(overall.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(overall.recall).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(overall.f1).toBeGreaterThanOrEqual(FLOORS.f1);
    expect(overall.groundingRate).toBe(1);
    expect(overall.counts.leaked).toBe(0);
  });
});
