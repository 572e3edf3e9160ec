import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWithinKpiRange, kpiValueRange, measurementFromResponses } from './index.js';

describe('measurementFromResponses: hand-computed periods', () => {
  it('NPS: promoters 10,9,9,10,10 (5), passives 8,7 (2), detractors 6,0,3 (3): 100 × (5 − 3) / 10 = 20', () => {
    expect(measurementFromResponses('nps', null, [10, 9, 9, 8, 7, 6, 0, 3, 10, 10])).toEqual({
      value: 20,
      sampleSize: 10,
      inputs: { promoters: 5, passives: 2, detractors: 3, n: 10 },
    });
  });

  it('NPS: all detractors is −100', () => {
    expect(measurementFromResponses('nps', null, [0, 6, 3])).toMatchObject({ value: -100, inputs: { detractors: 3, n: 3 } });
  });

  it('CSAT on 1–5: 5,4,5 satisfied of [5,4,3,2,5] = 100 × 3 / 5 = 60', () => {
    expect(measurementFromResponses('csat', 5, [5, 4, 3, 2, 5])).toEqual({ value: 60, sampleSize: 5, inputs: { satisfied: 3, n: 5, scale: 5 } });
  });

  it('CSAT on 1–7: 6 or 7 is satisfied, [7,6,5,1] = 100 × 2 / 4 = 50; no scale means 1–5', () => {
    expect(measurementFromResponses('csat', 7, [7, 6, 5, 1])).toMatchObject({ value: 50, inputs: { satisfied: 2, n: 4, scale: 7 } });
    expect(measurementFromResponses('csat', null, [4, 1])).toMatchObject({ value: 50, inputs: { scale: 5 } });
  });

  it('CES on 1–7: (1 + 2 + 3 + 7) / 4 = 3.25, with the answers per point', () => {
    expect(measurementFromResponses('ces', 7, [1, 2, 3, 7])).toEqual({
      value: 3.25,
      sampleSize: 4,
      inputs: { sum: 13, n: 4, scale: 7, easy: 3, neutral: 0, difficult: 1, score1: 1, score2: 1, score3: 1, score4: 0, score5: 0, score6: 0, score7: 1 },
    });
  });

  it('CES on 1–5: (2 + 3 + 3 + 5) / 4 = 3.25, 3 being the neutral midpoint', () => {
    expect(measurementFromResponses('ces', 5, [2, 3, 3, 5])).toMatchObject({ value: 3.25, inputs: { sum: 13, easy: 1, neutral: 2, difficult: 1, score3: 2 } });
  });

  it('TCR: 3 of 4 attempts completed = 75 %', () => {
    expect(measurementFromResponses('tcr', null, [true, false, true, true])).toEqual({ value: 75, sampleSize: 4, inputs: { completed: 3, n: 4 } });
  });

  it('TTV: reached [1, 3, 5, 10] with 2 censored: median h = 1.5 → 4, p75 h = 2.25 → 6.25, p90 h = 2.7 → 8.5', () => {
    expect(measurementFromResponses('ttv', null, [3, null, 1, 10, null, 5])).toEqual({
      value: 4,
      sampleSize: 4,
      inputs: { n: 4, nCensored: 2, p75: 6.25, p90: 8.5 },
    });
  });

  it('adoption: rows summed, (30 + 15 + 0) / (100 + 50 + 0) = 30 %', () => {
    expect(
      measurementFromResponses('adoption', null, [
        { active: 30, eligible: 100 },
        { active: 15, eligible: 50 },
        { active: 0, eligible: 0 },
      ]),
    ).toEqual({ value: 30, sampleSize: 150, inputs: { active: 45, eligible: 150 } });
  });
});

describe('measurementFromResponses: periods without a value and bad answers', () => {
  it('refuses a TTV period where every journey is censored', () => {
    expect(() => measurementFromResponses('ttv', null, [null, null, null])).toThrow(
      expect.objectContaining({ code: 'EMPTY_INPUT', field: 'durations', message: 'durations: none of the 3 journeys has reached value yet, so there is no time to value to report' }),
    );
  });

  it('refuses an adoption period without an eligible customer', () => {
    expect(() => measurementFromResponses('adoption', null, [{ active: 0, eligible: 0 }])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT', field: 'eligible' }));
  });

  it('refuses an adoption row with more active than eligible customers even when the sums agree', () => {
    expect(() =>
      measurementFromResponses('adoption', null, [
        { active: 5, eligible: 2 },
        { active: 0, eligible: 10 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'INCONSISTENT_INPUT', field: 'answers[0].active' }));
  });

  it('refuses a negative adoption count', () => {
    expect(() => measurementFromResponses('adoption', null, [{ active: -3, eligible: 10 }])).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', field: 'answers[0].active' }));
  });

  it.each([
    ['an NPS answer of 11', 'nps', null, [9, 11], 'scores[1]'],
    ['a CSAT answer of 6 on 1–5', 'csat', 5, [6], 'scores[0]'],
    ['a CES scale of 6', 'ces', 6, [1, 2], 'scale'],
  ] as const)('refuses %s with the formula\'s error', (_scenario, type, scale, answers, field) => {
    expect(() => measurementFromResponses(type, scale, answers)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', field }));
  });

  it('refuses a period without responses', () => {
    expect(() => measurementFromResponses('nps', null, [])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
    expect(() => measurementFromResponses('tcr', null, [])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
  });

  it('refuses types that are not computed from responses', () => {
    expect(() => measurementFromResponses('clv' as 'nps', null, [1])).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', field: 'type' }));
  });
});

describe('measurementFromResponses: invariants', () => {
  const inRange = (type: Parameters<typeof kpiValueRange>[0], scale: number | null, value: number) => isWithinKpiRange(value, kpiValueRange(type, scale));

  it('computes values a KPI of the type can store, with the number of answers as sample size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }), (scores) => {
        const nps = measurementFromResponses('nps', null, scores);
        const csat = measurementFromResponses('csat', 10, scores.map((score) => Math.max(score, 1)));
        const ces = measurementFromResponses('ces', 7, scores.map((score) => Math.min(Math.max(score, 1), 7)));
        const tcr = measurementFromResponses('tcr', null, scores.map((score) => score > 4));
        return (
          inRange('nps', null, nps.value) && inRange('csat', 10, csat.value) && inRange('ces', 7, ces.value) && inRange('tcr', null, tcr.value) &&
          [nps, csat, ces, tcr].every((result) => result.sampleSize === scores.length)
        );
      }),
    );
  });

  it('keeps NPS counts that add up to n and reproduce the score', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }), (scores) => {
        const { value, inputs } = measurementFromResponses('nps', null, scores);
        return inputs.promoters! + inputs.passives! + inputs.detractors! === inputs.n && value === (100 * (inputs.promoters! - inputs.detractors!)) / inputs.n!;
      }),
    );
  });

  it('computes adoption within 0..100 whatever way the counts are split into rows', () => {
    const row = fc.integer({ min: 0, max: 1000 }).chain((eligible) => fc.record({ active: fc.integer({ min: 0, max: eligible }), eligible: fc.constant(eligible) }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 50 }), (rows) => {
        fc.pre(rows.some((entry) => entry.eligible > 0));
        const { value, sampleSize } = measurementFromResponses('adoption', null, rows);
        return inRange('adoption', null, value) && sampleSize === rows.reduce((sum, entry) => sum + entry.eligible, 0);
      }),
    );
  });
});
