import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { opportunity } from './opportunity-algorithm.js';
import { roundScore } from './score-rounding.js';

const score = fc.double({ min: 0, max: 10, noNaN: true });

describe('opportunity', () => {
  it.each([
    { scenario: 'underserved: the gap counts on top of importance', importance: 8, satisfaction: 4, expected: 12 }, // 8 + max(4, 0)
    { scenario: 'deeply underserved', importance: 9, satisfaction: 3, expected: 15 }, // 9 + max(6, 0)
    { scenario: 'exactly served: no gap', importance: 6, satisfaction: 6, expected: 6 }, // 6 + max(0, 0)
    { scenario: 'overserved: surplus satisfaction earns nothing', importance: 5, satisfaction: 7, expected: 5 }, // 5 + max(-2, 0)
    { scenario: 'the maximum', importance: 10, satisfaction: 0, expected: 20 }, // 10 + max(10, 0)
    { scenario: 'the minimum', importance: 0, satisfaction: 10, expected: 0 }, // 0 + max(-10, 0)
    { scenario: 'fractional scores keep full precision', importance: 7.25, satisfaction: 2.5, expected: 12 }, // 7.25 + 4.75
  ])('$scenario', ({ importance, satisfaction, expected }) => {
    expect(opportunity(importance, satisfaction)).toBe(expected);
  });

  // Published example: A. W. Ulwick (Strategyn), "The opportunity algorithm", Bosch circular-saw study:
  // "if 200 out of 270 circular saw users (74% or 7.4 on our scale) rate the outcome 'minimize the likelihood
  // that the cut goes off track' a 4 or a 5 for importance … and only 75 of the 270 users (28% or 2.8 on our
  // scale) rate the satisfaction … then that outcome has an opportunity score of (7.4) + (7.4 – 2.8) = 12.0."
  // Text reproduced at http://azkurs.org/anthony-w-ulwick.html?page=43
  it('reproduces Ulwick’s circular-saw example (7.4 importance, 2.8 satisfaction → 12.0)', () => {
    expect(roundScore(opportunity(7.4, 2.8))).toBe(12);
  });

  it.each([
    { scenario: 'NaN importance', importance: Number.NaN, satisfaction: 5, code: 'NOT_A_NUMBER', field: 'importance' },
    { scenario: 'infinite satisfaction', importance: 5, satisfaction: Number.POSITIVE_INFINITY, code: 'NOT_A_NUMBER', field: 'satisfaction' },
    { scenario: 'negative importance', importance: -0.1, satisfaction: 5, code: 'OUT_OF_RANGE', field: 'importance' },
    { scenario: 'importance above 10', importance: 10.5, satisfaction: 5, code: 'OUT_OF_RANGE', field: 'importance' },
    { scenario: 'satisfaction above 10', importance: 5, satisfaction: 11, code: 'OUT_OF_RANGE', field: 'satisfaction' },
  ])('rejects $scenario', ({ importance, satisfaction, code, field }) => {
    expect(() => opportunity(importance, satisfaction)).toThrow(expect.objectContaining({ name: 'DomainInputError', code, field }));
  });

  it('stays within 0..20 and never below importance', () => {
    fc.assert(
      fc.property(score, score, (importance, satisfaction) => {
        const value = opportunity(importance, satisfaction);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(20);
        expect(value).toBeGreaterThanOrEqual(importance);
      }),
    );
  });

  it('never falls when importance rises', () => {
    fc.assert(
      fc.property(score, score, score, (first, second, satisfaction) => {
        const [lower, higher] = first <= second ? [first, second] : [second, first];
        expect(opportunity(lower, satisfaction)).toBeLessThanOrEqual(opportunity(higher, satisfaction));
      }),
    );
  });

  it('never rises when satisfaction rises', () => {
    fc.assert(
      fc.property(score, score, score, (importance, first, second) => {
        const [lower, higher] = first <= second ? [first, second] : [second, first];
        expect(opportunity(importance, higher)).toBeLessThanOrEqual(opportunity(importance, lower));
      }),
    );
  });
});
