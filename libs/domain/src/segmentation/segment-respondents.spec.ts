import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutcomeRating } from '../scoring/index.js';
import { DomainInputError } from '../validation/index.js';
import { segmentRespondents, type RatingMatrix, type SegmentationResult } from './index.js';
import { createSeededRandom } from './seeded-random.js';

type PlantedSurvey = { matrix: RatingMatrix; truth: number[]; unmetByGroup: string[][] };

/**
 * `groups` segments of `perGroup` respondents, interleaved (respondent r belongs to group r % groups).
 * Each group finds its own `unmetPerGroup` outcomes important (4–5) and unsatisfied (1–2) and every other
 * outcome unimportant (1–3) and satisfied (3–5). `missing` is the chance that an answer is left out.
 */
function plantedSurvey(options: { groups: number; perGroup: number; unmetPerGroup?: number; seed: number; missing?: number }): PlantedSurvey {
  const { groups, perGroup, unmetPerGroup = 3, seed, missing = 0 } = options;
  const random = createSeededRandom(seed);
  const pick = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const maybe = (value: number): number | undefined => (random() < missing ? undefined : value);
  const outcomeIds = Array.from({ length: groups * unmetPerGroup }, (_, o) => `o${o}`);
  const groupOf = (outcome: number): number => Math.floor(outcome / unmetPerGroup);
  const n = groups * perGroup;
  const respondentIds = Array.from({ length: n }, (_, r) => `r${r}`);
  const truth = respondentIds.map((_, r) => r % groups);
  const ratings = truth.map((group) =>
    outcomeIds.map((_, o): OutcomeRating => {
      const unmet = groupOf(o) === group;
      return {
        importance: maybe(unmet ? pick(4, 5) : pick(1, 3)),
        satisfaction: maybe(unmet ? pick(1, 2) : pick(3, 5)),
      };
    }),
  );
  const unmetByGroup = Array.from({ length: groups }, (_, g) => outcomeIds.filter((_, o) => groupOf(o) === g));
  return { matrix: { respondentIds, outcomeIds, ratings }, truth, unmetByGroup };
}

/** Segments as a canonical list of member lists, so segment numbering does not matter. */
function partitionOf(result: SegmentationResult): string[] {
  return result.segments.map((segment) => [...segment.members].sort().join(',')).sort();
}

function truthPartition(survey: PlantedSurvey): string[] {
  const groups = new Map<number, string[]>();
  survey.truth.forEach((group, r) => groups.set(group, [...(groups.get(group) ?? []), survey.matrix.respondentIds[r] ?? '']));
  return [...groups.values()].map((members) => members.sort().join(',')).sort();
}

describe('segmentRespondents on planted segments', () => {
  const cases = [
    { scenario: 'two segments', groups: 2, perGroup: 30, missing: 0 },
    { scenario: 'three segments', groups: 3, perGroup: 30, missing: 0 },
    { scenario: 'four segments with 10% of answers missing', groups: 4, perGroup: 25, missing: 0.1 },
    { scenario: 'five segments', groups: 5, perGroup: 20, missing: 0 },
    { scenario: 'six segments', groups: 6, perGroup: 15, missing: 0 },
    { scenario: 'three segments of 500 (silhouette on a sample, restarts on a subsample)', groups: 3, perGroup: 500, missing: 0.05 },
  ];

  it.each(cases)('chooses the planted k by silhouette and recovers the partition exactly: $scenario', ({ groups, perGroup, missing }) => {
    const survey = plantedSurvey({ groups, perGroup, seed: 17, missing });
    const result = segmentRespondents(survey.matrix, { seed: 1 });
    expect(result.chosenBy).toBe('silhouette');
    expect(result.k).toBe(groups);
    expect(partitionOf(result)).toEqual(truthPartition(survey));
    const best = Math.max(...(result.silhouetteByK ?? []).map(({ silhouette }) => silhouette));
    expect(result.silhouette).toBe(best);
  });

  it('ranks each segment’s planted unmet outcomes as its top opportunities', () => {
    const survey = plantedSurvey({ groups: 3, perGroup: 40, unmetPerGroup: 3, seed: 5 });
    const result = segmentRespondents(survey.matrix, { seed: 2, top: 3 });
    for (const segment of result.segments) {
      const group = survey.truth[survey.matrix.respondentIds.indexOf(segment.members[0] ?? '')] ?? -1;
      const top = segment.topOpportunities.map(({ outcomeId }) => outcomeId).sort();
      expect(top).toEqual(survey.unmetByGroup[group]);
      expect(segment.topOpportunities.every(({ score }) => score.opportunity > 15)).toBe(true);
    }
  });

  it('reports segments largest first with members in input order, shares and unmet-need centroids', () => {
    const survey = plantedSurvey({ groups: 2, perGroup: 10, seed: 3 });
    const matrix: RatingMatrix = {
      ...survey.matrix,
      // Drop four members of group 1 so the segments differ in size.
      respondentIds: survey.matrix.respondentIds.filter((_, r) => !(r % 2 === 1 && r < 8)),
      ratings: survey.matrix.ratings.filter((_, r) => !(r % 2 === 1 && r < 8)),
    };
    const result = segmentRespondents(matrix, { seed: 9, k: 2 });
    const [large, small] = result.segments;
    expect(result.chosenBy).toBe('given');
    expect(result.silhouetteByK).toBeUndefined();
    expect(large).toMatchObject({ index: 0, size: 10, share: 10 / 16 });
    expect(large?.members).toEqual(['r0', 'r2', 'r4', 'r6', 'r8', 'r10', 'r12', 'r14', 'r16', 'r18']);
    expect(small).toMatchObject({ index: 1, size: 6, share: 6 / 16, members: ['r9', 'r11', 'r13', 'r15', 'r17', 'r19'] });
    // Group 0's unmet outcomes are o0..o2: its centroid is high there and low elsewhere.
    expect(large?.centroid.slice(0, 3).every((value) => value > 0.5)).toBe(true);
    expect(large?.centroid.slice(3).every((value) => value < 0.25)).toBe(true);
  });

  it('gives the same segments for a given k as the automatic run that chose that k', () => {
    const survey = plantedSurvey({ groups: 3, perGroup: 30, seed: 21, missing: 0.05 });
    const automatic = segmentRespondents(survey.matrix, { seed: 4 });
    const given = segmentRespondents(survey.matrix, { seed: 4, k: automatic.k });
    expect(given.segments).toEqual(automatic.segments);
    expect(given.silhouette).toBe(automatic.silhouette);
  });

  it('splits identical respondents into two non-empty segments with silhouette 0', () => {
    const respondentIds = ['a', 'b', 'c', 'd'];
    const result = segmentRespondents(
      { respondentIds, outcomeIds: ['o'], ratings: respondentIds.map(() => [{ importance: 4, satisfaction: 2 }]) },
      { seed: 0 },
    );
    expect(result.k).toBe(2);
    expect(result.silhouette).toBe(0);
    expect(result.segments.map(({ size }) => size).reduce((sum, size) => sum + size, 0)).toBe(4);
    expect(result.segments.every(({ size }) => size > 0)).toBe(true);
  });

  it('skips outcomes a segment never answered on one question when ranking', () => {
    const result = segmentRespondents(
      {
        respondentIds: ['a', 'b', 'c'],
        outcomeIds: ['answered', 'importance-only'],
        ratings: [
          [{ importance: 5, satisfaction: 1 }, { importance: 5 }],
          [{ importance: 5, satisfaction: 1 }, { importance: 5 }],
          [{ importance: 1, satisfaction: 5 }, { importance: 1 }],
        ],
      },
      { seed: 1, k: 2 },
    );
    for (const segment of result.segments) {
      expect(segment.topOpportunities.map(({ outcomeId }) => outcomeId)).toEqual(['answered']);
    }
  });
});

describe('segmentRespondents determinism', () => {
  const survey = plantedSurvey({ groups: 3, perGroup: 20, seed: 8, missing: 0.2 });
  // Heavy noise: the optimum is not obvious, so different seeds can legitimately land apart.
  const noisy: RatingMatrix = {
    ...survey.matrix,
    ratings: survey.matrix.ratings.map((row, r) =>
      row.map((cell, o) => ((r * 7 + o * 3) % 5 === 0 ? { importance: 1 + ((r + o) % 5), satisfaction: 1 + ((r * o) % 5) } : cell)),
    ),
  };

  it.each([0, 1, 2, 1234567, -42, 2 ** 40])('seed %s gives deep-equal results on every run', (seed) => {
    expect(segmentRespondents(noisy, { seed })).toEqual(segmentRespondents(noisy, { seed }));
  });

  it('different seeds may differ but each is stable', () => {
    const bySeed = [3, 4, 5, 6].map((seed) => JSON.stringify(segmentRespondents(noisy, { seed })));
    [3, 4, 5, 6].forEach((seed, i) => expect(JSON.stringify(segmentRespondents(noisy, { seed }))).toBe(bySeed[i]));
  });
});

describe('segmentRespondents properties', () => {
  const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
  const cell = fc.option(fc.record({ importance: rating, satisfaction: rating }), { nil: null });
  const survey = fc
    .record({ n: fc.integer({ min: 3, max: 30 }), d: fc.integer({ min: 1, max: 5 }) })
    .chain(({ n, d }) =>
      fc.record({
        matrix: fc.array(fc.array(cell, { minLength: d, maxLength: d }), { minLength: n, maxLength: n }).map(
          (ratings): RatingMatrix => ({
            respondentIds: ratings.map((_, r) => `r${r}`),
            outcomeIds: Array.from({ length: d }, (_, o) => `o${o}`),
            ratings,
          }),
        ),
        k: fc.option(fc.integer({ min: 2, max: Math.min(6, n - 1) }), { nil: undefined }),
        seed: fc.integer(),
        top: fc.integer({ min: 1, max: 6 }),
      }),
    );

  it('is deterministic for a seed', () => {
    fc.assert(
      fc.property(survey, ({ matrix, k, seed, top }) => {
        expect(segmentRespondents(matrix, { k, seed, top })).toEqual(segmentRespondents(matrix, { k, seed, top }));
      }),
      { numRuns: 60 },
    );
  });

  it('puts every respondent in exactly one non-empty segment, sizes summing to n, largest first', () => {
    fc.assert(
      fc.property(survey, ({ matrix, k, seed, top }) => {
        const result = segmentRespondents(matrix, { k, seed, top });
        const n = matrix.respondentIds.length;
        const members = result.segments.flatMap((segment) => segment.members);
        expect([...members].sort()).toEqual([...matrix.respondentIds].sort());
        expect(result.segments).toHaveLength(result.k);
        expect(result.segments.reduce((sum, segment) => sum + segment.size, 0)).toBe(n);
        expect(result.segments.reduce((sum, segment) => sum + segment.share, 0)).toBeCloseTo(1, 12);
        result.segments.forEach((segment, index) => {
          expect(segment.index).toBe(index);
          expect(segment.size).toBeGreaterThan(0);
          expect(segment.members).toHaveLength(segment.size);
          const positions = segment.members.map((id) => matrix.respondentIds.indexOf(id));
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
          expect(segment.size).toBeLessThanOrEqual(result.segments[index - 1]?.size ?? n);
          expect(segment.topOpportunities.length).toBeLessThanOrEqual(top);
          expect(segment.centroid).toHaveLength(matrix.outcomeIds.length);
        });
        expect(result.silhouette).toBeGreaterThanOrEqual(-1);
        expect(result.silhouette).toBeLessThanOrEqual(1);
        if (k === undefined) {
          expect(result.chosenBy).toBe('silhouette');
          expect(result.silhouetteByK?.map((entry) => entry.k)).toEqual(
            Array.from({ length: Math.min(6, n - 1) - 1 }, (_, i) => i + 2),
          );
        } else {
          expect(result.k).toBe(k);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('finds the same planted partition whatever the respondent order', () => {
    // At least 8 per group: with 4 and 5% of answers missing, noise alone can make a 3-way split score a better
    // silhouette than the 2 planted groups (a CI run found one), and then the truth is not what the data says.
    const planted = fc
      .record({ groups: fc.integer({ min: 2, max: 5 }), perGroup: fc.integer({ min: 8, max: 15 }), seed: fc.integer() })
      .chain((options) => {
        const survey = plantedSurvey({ ...options, missing: 0.05 });
        const order = survey.matrix.respondentIds.map((_, r) => r);
        return fc.record({
          survey: fc.constant(survey),
          order: fc.shuffledSubarray(order, { minLength: order.length, maxLength: order.length }),
          seed: fc.integer(),
        });
      });
    fc.assert(
      fc.property(planted, ({ survey, order, seed }) => {
        const permuted: RatingMatrix = {
          ...survey.matrix,
          respondentIds: order.map((r) => survey.matrix.respondentIds[r] ?? ''),
          ratings: order.map((r) => survey.matrix.ratings[r] ?? []),
        };
        const original = segmentRespondents(survey.matrix, { seed });
        const reordered = segmentRespondents(permuted, { seed });
        expect(reordered.k).toBe(original.k);
        expect(partitionOf(reordered)).toEqual(partitionOf(original));
        expect(partitionOf(original)).toEqual(truthPartition(survey));
      }),
      { numRuns: 40 },
    );
  });
});

describe('segmentRespondents rejects invalid input', () => {
  const valid = (): RatingMatrix => ({
    respondentIds: ['a', 'b', 'c', 'd'],
    outcomeIds: ['o1', 'o2'],
    ratings: [
      [{ importance: 5, satisfaction: 1 }, { importance: 2, satisfaction: 4 }],
      [{ importance: 4, satisfaction: 2 }, { importance: 1, satisfaction: 5 }],
      [{ importance: 2, satisfaction: 5 }, { importance: 5, satisfaction: 1 }],
      [{ importance: 1, satisfaction: 4 }, { importance: 4, satisfaction: 2 }],
    ],
  });
  const withCell = (r: number, o: number, cell: unknown): RatingMatrix => {
    const matrix = valid();
    return { ...matrix, ratings: matrix.ratings.map((row, i) => row.map((value, j) => (i === r && j === o ? (cell as OutcomeRating) : value))) };
  };

  const cases: { scenario: string; matrix: RatingMatrix; options?: { k?: number; seed: number; top?: number }; code: string; field: string }[] = [
    { scenario: 'no respondents', matrix: { respondentIds: [], outcomeIds: ['o'], ratings: [] }, code: 'EMPTY_INPUT', field: 'respondentIds' },
    { scenario: 'no outcomes', matrix: { ...valid(), outcomeIds: [], ratings: valid().ratings.map(() => []) }, code: 'EMPTY_INPUT', field: 'outcomeIds' },
    { scenario: 'duplicate respondent id', matrix: { ...valid(), respondentIds: ['a', 'b', 'a', 'd'] }, code: 'INCONSISTENT_INPUT', field: 'respondentIds[2]' },
    { scenario: 'duplicate outcome id', matrix: { ...valid(), outcomeIds: ['o1', 'o1'] }, code: 'INCONSISTENT_INPUT', field: 'outcomeIds[1]' },
    { scenario: 'fewer rows than respondents', matrix: { ...valid(), ratings: valid().ratings.slice(0, 3) }, code: 'INCONSISTENT_INPUT', field: 'ratings' },
    {
      scenario: 'a row shorter than the outcomes',
      matrix: { ...valid(), ratings: valid().ratings.map((row, r) => (r === 1 ? row.slice(0, 1) : row)) },
      code: 'INCONSISTENT_INPUT',
      field: 'ratings[1]',
    },
    { scenario: 'importance above the scale', matrix: withCell(3, 1, { importance: 6, satisfaction: 2 }), code: 'OUT_OF_RANGE', field: 'ratings[3][1].importance' },
    { scenario: 'importance of 0', matrix: withCell(0, 0, { importance: 0 }), code: 'OUT_OF_RANGE', field: 'ratings[0][0].importance' },
    { scenario: 'fractional satisfaction', matrix: withCell(2, 0, { importance: 3, satisfaction: 2.5 }), code: 'NOT_AN_INTEGER', field: 'ratings[2][0].satisfaction' },
    { scenario: 'NaN satisfaction', matrix: withCell(1, 1, { satisfaction: Number.NaN }), code: 'NOT_A_NUMBER', field: 'ratings[1][1].satisfaction' },
    { scenario: 'importance as text', matrix: withCell(0, 1, { importance: '4' }), code: 'NOT_A_NUMBER', field: 'ratings[0][1].importance' },
    { scenario: 'fractional seed', matrix: valid(), options: { seed: 1.5 }, code: 'NOT_AN_INTEGER', field: 'seed' },
    { scenario: 'missing seed', matrix: valid(), options: { seed: undefined as unknown as number }, code: 'NOT_A_NUMBER', field: 'seed' },
    { scenario: 'k of 1', matrix: valid(), options: { seed: 1, k: 1 }, code: 'OUT_OF_RANGE', field: 'k' },
    { scenario: 'k of 7', matrix: valid(), options: { seed: 1, k: 7 }, code: 'OUT_OF_RANGE', field: 'k' },
    { scenario: 'fractional k', matrix: valid(), options: { seed: 1, k: 2.5 }, code: 'NOT_AN_INTEGER', field: 'k' },
    { scenario: 'top of 0', matrix: valid(), options: { seed: 1, top: 0 }, code: 'OUT_OF_RANGE', field: 'top' },
    { scenario: 'fewer respondents than k + 1', matrix: valid(), options: { seed: 1, k: 4 }, code: 'INCONSISTENT_INPUT', field: 'respondentIds' },
    {
      scenario: 'two respondents, k not given',
      matrix: { ...valid(), respondentIds: ['a', 'b'], ratings: valid().ratings.slice(0, 2) },
      code: 'INCONSISTENT_INPUT',
      field: 'respondentIds',
    },
  ];

  it.each(cases)('$scenario → $code at $field', ({ matrix, options = { seed: 1 }, code, field }) => {
    let thrown: unknown;
    try {
      segmentRespondents(matrix, options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainInputError);
    expect(thrown).toMatchObject({ code, field });
  });

  it('accepts null cells and missing answers', () => {
    expect(() => segmentRespondents(withCell(0, 0, null), { seed: 1 })).not.toThrow();
    expect(() => segmentRespondents(withCell(0, 0, {}), { seed: 1 })).not.toThrow();
  });
});
