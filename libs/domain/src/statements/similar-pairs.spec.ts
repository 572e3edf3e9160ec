import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareOutcomeFingerprints, outcomeFingerprint } from './index.js';
import { findSimilarPairs } from './similar-pairs.js';

const word = fc.constantFrom(
  'Minimize', 'Reduce', 'Increase', 'the', 'time', 'it', 'takes', 'to', 'likelihood', 'of', 'number', 'verify', 'invoice',
  'invoices', 'order', 'orders', 'when', 'closing', 'month', 'bank', 'statement', 'reconcile', 'payment', 'late', 'missing',
);
const texts = fc.array(fc.array(word, { maxLength: 10 }).map((words) => words.join(' ')), { maxLength: 30 });

// The inverted-index search must find exactly the pairs a brute-force comparison of all pairs finds,
// on both of its paths (word counting above 0.5, word and trigram counting at 0.5 and below).
describe('findSimilarPairs', () => {
  it.each([
    { scenario: 'high threshold, words only', min: 0.5001, max: 1 },
    { scenario: 'low threshold, words and trigrams', min: 0, max: 0.5 },
  ])('matches brute force: $scenario', ({ min, max }) => {
    fc.assert(
      fc.property(texts, fc.double({ min, max, noNaN: true }), (statements, threshold) => {
        const fingerprints = statements.map(outcomeFingerprint);
        const expected: string[] = [];
        fingerprints.forEach((a, i) => {
          fingerprints.slice(i + 1).forEach((b, offset) => {
            const similarity = compareOutcomeFingerprints(a, b);
            if (similarity >= threshold && similarity > 0) expected.push(`${i}-${i + 1 + offset}:${similarity}`);
          });
        });
        const found = findSimilarPairs(fingerprints, threshold).map(({ i, j, similarity }) => `${i}-${j}:${similarity}`);
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a pair whose similarity equals the threshold exactly', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (statements, pick) => {
        const fingerprints = statements.map(outcomeFingerprint);
        const scores = fingerprints.flatMap((a, i) => fingerprints.slice(i + 1).map((b) => compareOutcomeFingerprints(a, b))).filter((score) => score > 0);
        const threshold = scores[pick % Math.max(scores.length, 1)];
        if (threshold === undefined) return;
        const found = findSimilarPairs(fingerprints, threshold);
        expect(found.length).toBe(scores.filter((score) => score >= threshold).length);
      }),
      { numRuns: 300 },
    );
  });
});
