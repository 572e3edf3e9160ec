import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { opportunity } from './opportunity-algorithm.js';
import { opportunityZone } from './opportunity-zone.js';
import type { OutcomeCounts, OutcomeScore } from './outcome-score.js';
import { scoreFromCounts } from './score-from-counts.js';
import { roundScore } from './score-rounding.js';
import { wilsonInterval } from './wilson-interval.js';

const tenfold = ({ low, high }: { low: number; high: number }) => ({ low: low * 10, high: high * 10 });

describe('scoreFromCounts', () => {
  it.each([
    // 10·80/100 = 8, 10·30/100 = 3, 8 + max(8 − 3, 0) = 13
    { scenario: 'underserved, one n for both questions', counts: { n: 100, importantCount: 80, satisfiedCount: 30 }, importance: 8, satisfaction: 3, opportunity: 13, zone: 'high' },
    // nImportance overrides n: 10·30/40 = 7.5; satisfaction uses n: 10·10/50 = 2; 7.5 + 5.5 = 13
    { scenario: 'each question with its own n', counts: { n: 50, nImportance: 40, importantCount: 30, satisfiedCount: 10 }, importance: 7.5, satisfaction: 2, opportunity: 13, zone: 'high' },
    // 10·24/60 = 4, 10·42/60 = 7, 4 + max(−3, 0) = 4
    { scenario: 'overserved', counts: { n: 60, importantCount: 24, satisfiedCount: 42 }, importance: 4, satisfaction: 7, opportunity: 4, zone: 'overserved' },
    // 10·(2·11 − 10)/12 = 10 exactly; from the rounded scores 9.1666… + 0.8333… gives 9.999999999999998
    { scenario: 'exactly 10 stays solid', counts: { n: 12, importantCount: 11, satisfiedCount: 10 }, importance: 110 / 12, satisfaction: 100 / 12, opportunity: 10, zone: 'solid' },
    // 10·(2·13 − 5)/14 = 15 exactly; from the rounded scores it would be 15.000000000000002 (extreme)
    { scenario: 'exactly 15 stays high', counts: { n: 14, importantCount: 13, satisfiedCount: 5 }, importance: 130 / 14, satisfaction: 50 / 14, opportunity: 15, zone: 'high' },
  ])('$scenario', ({ counts, importance, satisfaction, opportunity: expected, zone }) => {
    const score = scoreFromCounts(counts);
    expect(score).toMatchObject({ importance, satisfaction, opportunity: expected, zone });
  });

  // Published example: A. W. Ulwick (Strategyn), "The opportunity algorithm", Bosch circular-saw study —
  // 200 of 270 users rate "minimize the likelihood that the cut goes off track" 4 or 5 for importance
  // ("74% or 7.4"), 75 of 270 for satisfaction ("28% or 2.8"), opportunity "(7.4) + (7.4 – 2.8) = 12".
  // Text reproduced at http://azkurs.org/anthony-w-ulwick.html?page=43
  it('reproduces Ulwick’s circular-saw example from its counts', () => {
    const score = scoreFromCounts({ n: 270, importantCount: 200, satisfiedCount: 75 });
    expect([roundScore(score.importance), roundScore(score.satisfaction), roundScore(score.opportunity)]).toEqual([7.4, 2.8, 12]);
    // Full precision: 10·(2·200 − 75)/270 = 3250/270 = 12.037…, just inside "high".
    expect(score.opportunity).toBeCloseTo(12.037037037037036, 14);
    expect(score.zone).toBe('high');
    expect(score.interval.lowSample).toBe(false);
  });

  it('gives Wilson intervals times ten and propagates them to opportunity at opposite corners', () => {
    const score = scoreFromCounts({ n: 100, importantCount: 80, satisfiedCount: 30 });
    const importance = tenfold(wilsonInterval(80, 100)); // 7.1117 .. 8.6663
    const satisfaction = tenfold(wilsonInterval(30, 100));
    expect(score.interval.importance.low).toBeCloseTo(7.111708344068411, 13);
    expect(score.interval.importance.high).toBeCloseTo(8.666330666689674, 13);
    expect(score.interval.satisfaction).toEqual(satisfaction);
    expect(score.interval.opportunity).toEqual({
      low: opportunity(importance.low, satisfaction.high),
      high: opportunity(importance.high, satisfaction.low),
    });
  });

  it.each([
    { scenario: '29 importance answers', counts: { n: 40, nImportance: 29, importantCount: 10, satisfiedCount: 10 }, lowSample: true },
    { scenario: '29 satisfaction answers', counts: { n: 40, nSatisfaction: 29, importantCount: 10, satisfiedCount: 10 }, lowSample: true },
    { scenario: '30 answers to each question', counts: { n: 30, importantCount: 10, satisfiedCount: 10 }, lowSample: false },
  ])('flags low samples: $scenario', ({ counts, lowSample }) => {
    expect(scoreFromCounts(counts).interval.lowSample).toBe(lowSample);
  });

  describe('one question without answers', () => {
    it('scores unanswered satisfaction as 0 with the uninformative interval', () => {
      const score = scoreFromCounts({ n: 40, nSatisfaction: 0, importantCount: 30, satisfiedCount: 0 });
      const importance = tenfold(wilsonInterval(30, 40));
      // 7.5 + max(7.5 − 0, 0) = 15: a high number that the interval and lowSample mark as unsupported
      expect(score).toMatchObject({ importance: 7.5, satisfaction: 0, opportunity: 15, nSatisfaction: 0, zone: 'high' });
      expect(score.interval.satisfaction).toEqual({ low: 0, high: 10 });
      expect(score.interval.opportunity).toEqual({ low: importance.low, high: 2 * importance.high });
      expect(score.interval.lowSample).toBe(true);
    });

    it('scores unanswered importance as 0 with the uninformative interval', () => {
      const score = scoreFromCounts({ n: 40, nImportance: 0, importantCount: 0, satisfiedCount: 10 });
      const satisfaction = tenfold(wilsonInterval(10, 40));
      expect(score).toMatchObject({ importance: 0, satisfaction: 2.5, opportunity: 0, nImportance: 0, zone: 'overserved' });
      expect(score.interval.importance).toEqual({ low: 0, high: 10 });
      expect(score.interval.opportunity).toEqual({ low: 0, high: opportunity(10, satisfaction.low) });
      expect(score.interval.lowSample).toBe(true);
    });
  });

  it.each([
    { scenario: 'NaN n', counts: { n: Number.NaN, importantCount: 1, satisfiedCount: 1 }, code: 'NOT_A_NUMBER', field: 'n' },
    { scenario: 'negative n', counts: { n: -1, importantCount: 0, satisfiedCount: 0 }, code: 'OUT_OF_RANGE', field: 'n' },
    { scenario: 'fractional n', counts: { n: 10.5, importantCount: 1, satisfiedCount: 1 }, code: 'NOT_AN_INTEGER', field: 'n' },
    { scenario: 'infinite importantCount', counts: { n: 10, importantCount: Number.POSITIVE_INFINITY, satisfiedCount: 1 }, code: 'NOT_A_NUMBER', field: 'importantCount' },
    { scenario: 'negative satisfiedCount', counts: { n: 10, importantCount: 1, satisfiedCount: -3 }, code: 'OUT_OF_RANGE', field: 'satisfiedCount' },
    { scenario: 'negative nSatisfaction', counts: { n: 10, nSatisfaction: -2, importantCount: 1, satisfiedCount: 0 }, code: 'OUT_OF_RANGE', field: 'nSatisfaction' },
    { scenario: 'more important answers than answers', counts: { n: 100, importantCount: 101, satisfiedCount: 1 }, code: 'INCONSISTENT_INPUT', field: 'importantCount' },
    { scenario: 'more satisfied answers than nSatisfaction', counts: { n: 100, nSatisfaction: 20, importantCount: 1, satisfiedCount: 21 }, code: 'INCONSISTENT_INPUT', field: 'satisfiedCount' },
    { scenario: 'nImportance above n', counts: { n: 10, nImportance: 11, importantCount: 1, satisfiedCount: 1 }, code: 'INCONSISTENT_INPUT', field: 'nImportance' },
    { scenario: 'no respondents', counts: { n: 0, importantCount: 0, satisfiedCount: 0 }, code: 'EMPTY_INPUT', field: 'n' },
    { scenario: 'respondents who answered neither question', counts: { n: 5, nImportance: 0, nSatisfaction: 0, importantCount: 0, satisfiedCount: 0 }, code: 'EMPTY_INPUT', field: 'n' },
  ])('rejects $scenario', ({ counts, code, field }) => {
    expect(() => scoreFromCounts(counts)).toThrow(expect.objectContaining({ name: 'DomainInputError', code, field }));
  });

  const validCounts: fc.Arbitrary<OutcomeCounts> = fc
    .record({ n: fc.integer({ min: 1, max: 10_000 }), importanceShare: fc.double({ min: 0, max: 1, noNaN: true }), satisfactionShare: fc.double({ min: 0, max: 1, noNaN: true }), answerShare: fc.double({ min: 0, max: 1, noNaN: true }) })
    .chain(({ n, importanceShare, satisfactionShare, answerShare }) => {
      const nSatisfaction = Math.floor(n * answerShare);
      return fc.constant({ n, nSatisfaction, importantCount: Math.floor(n * importanceShare), satisfiedCount: Math.floor(nSatisfaction * satisfactionShare) });
    });

  const contains = (bounds: { low: number; high: number }, value: number) => bounds.low <= value && value <= bounds.high;

  it('keeps every point estimate inside its interval and every value on its scale', () => {
    fc.assert(
      fc.property(validCounts, (counts) => {
        const score: OutcomeScore = scoreFromCounts(counts);
        expect(contains(score.interval.importance, score.importance)).toBe(true);
        expect(contains(score.interval.satisfaction, score.satisfaction)).toBe(true);
        expect(contains(score.interval.opportunity, score.opportunity)).toBe(true);
        expect(score.interval.importance.low >= 0 && score.interval.importance.high <= 10).toBe(true);
        expect(score.interval.satisfaction.low >= 0 && score.interval.satisfaction.high <= 10).toBe(true);
        expect(score.interval.opportunity.low >= 0 && score.interval.opportunity.high <= 20).toBe(true);
      }),
    );
  });

  it('agrees with opportunity() and opportunityZone() on the same scores', () => {
    fc.assert(
      fc.property(validCounts, (counts) => {
        const score = scoreFromCounts(counts);
        expect(score.opportunity).toBeCloseTo(opportunity(score.importance, score.satisfaction), 12);
        expect(score.zone).toBe(opportunityZone(score.importance, score.satisfaction, score.opportunity));
      }),
    );
  });
});
