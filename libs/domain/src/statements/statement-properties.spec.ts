import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateGroups, lintOutcomeStatement, normalizeOutcomeStatement, outcomeSimilarity, parseOutcomeStatement } from './index.js';

// Statements assembled from ODI-shaped pieces, so that duplicates, near-duplicates and compounds occur
// often; plus arbitrary Unicode for the never-throws and idempotence properties.
const word = fc.constantFrom(
  'Minimize', 'minimise', 'Reduce', 'Increase', 'the', 'time', 'it', 'takes', 'to', 'likelihood', 'of', 'number', 'verify',
  'invoice', 'invoices', 'order', 'and', 'or', 'when', 'e.g.,', 'closing', 'month', 'I', 'app', 'quickly', 'bank',
  'statement', 'statements', 'reconcile', 'reconciling', 'payment', 'late', 'missing', 'for', 'a', 'its', '"', '.',
);
const odiText = fc.array(word, { maxLength: 14 }).map((words) => words.join(' '));
const anyText = fc.oneof(odiText, fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

describe('statement properties', () => {
  it('parse and lint never throw on any string, and offsets stay inside the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseOutcomeStatement(text);
        for (const part of [parsed.direction, parsed.unknownDirection, parsed.metric, parsed.objectOfControl, parsed.contextualClarifier]) {
          if (part !== null) expect(text.slice(part.start, part.end)).toBe(part.text);
        }
        for (const issue of lintOutcomeStatement(text)) {
          expect(issue.start ?? 0).toBeGreaterThanOrEqual(0);
          expect(issue.end ?? 0).toBeLessThanOrEqual(text.length);
          expect(issue.start ?? 0).toBeLessThanOrEqual(issue.end ?? 0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lint issues are sorted by position, then code', () => {
    fc.assert(
      fc.property(odiText, (text) => {
        const keys = lintOutcomeStatement(text).map((issue) => [issue.start ?? 0, issue.code] as const);
        const sorted = [...keys].sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
        expect(keys).toEqual(sorted);
      }),
    );
  });

  it('normalize is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeOutcomeStatement(text);
        expect(normalizeOutcomeStatement(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('similarity is symmetric, within [0, 1], and 1 on identical input', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const similarity = outcomeSimilarity(a, b);
        expect(similarity).toBeGreaterThanOrEqual(0);
        expect(similarity).toBeLessThanOrEqual(1);
        expect(outcomeSimilarity(b, a)).toBe(similarity);
        expect(outcomeSimilarity(a, a)).toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it('similarity is 1 for texts that normalize alike', () => {
    fc.assert(
      fc.property(odiText, (text) => {
        expect(outcomeSimilarity(text, `  “${text.toUpperCase()}.” `)).toBe(1);
      }),
    );
  });

  const backlog = fc
    .uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), text: odiText }), { selector: (statement) => statement.id, maxLength: 25 })
    .chain((statements) => fc.tuple(fc.constant(statements), fc.shuffledSubarray(statements, { minLength: statements.length })));
  const threshold = fc.oneof(fc.constantFrom(0, 0.5, 0.8, 1), fc.double({ min: 0, max: 1, noNaN: true }));

  it('duplicate groups do not depend on input order', () => {
    fc.assert(
      fc.property(backlog, threshold, ([statements, shuffled], t) => {
        expect(findDuplicateGroups(shuffled, t)).toEqual(findDuplicateGroups(statements, t));
      }),
      { numRuns: 200 },
    );
  });

  it('every pair inside a group reaches the threshold, and groups are disjoint', () => {
    fc.assert(
      fc.property(backlog, threshold, ([statements], t) => {
        const text = new Map(statements.map((statement) => [statement.id, statement.text]));
        const seen = new Set<string>();
        for (const group of findDuplicateGroups(statements, t)) {
          expect(group.pairs).toHaveLength((group.ids.length * (group.ids.length - 1)) / 2);
          for (const pair of group.pairs) {
            expect(pair.similarity).toBeGreaterThanOrEqual(t);
            expect(pair.similarity).toBe(outcomeSimilarity(text.get(pair.a) ?? '', text.get(pair.b) ?? ''));
          }
          for (const id of group.ids) {
            expect(seen.has(id)).toBe(false);
            seen.add(id);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
