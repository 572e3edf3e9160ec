import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankOpportunities, type RankableOpportunity } from './opportunity-ranking.js';

const item = (id: string, opportunity: number, importance: number) => ({ id, score: { opportunity, importance } });
const summary = (ranked: { id: string; rank: number; tied: boolean }[]) => ranked.map(({ id, rank, tied }) => ({ id, rank, tied }));

describe('rankOpportunities', () => {
  it.each([
    {
      scenario: 'competition ranking "1224": equal opportunity and importance share a rank',
      items: [item('d', 12, 7), item('b', 14, 8), item('e', 16, 8), item('a', 14, 8)],
      expected: [
        { id: 'e', rank: 1, tied: false }, // 16
        { id: 'a', rank: 2, tied: true }, // 14 / 8, a before b by id only
        { id: 'b', rank: 2, tied: true },
        { id: 'd', rank: 4, tied: false }, // 12; rank 3 is skipped
      ],
    },
    {
      scenario: 'equal opportunity breaks on importance, not on id',
      items: [item('a', 14, 8), item('z', 14, 9)],
      expected: [
        { id: 'z', rank: 1, tied: false }, // 14 / 9: more customers care
        { id: 'a', rank: 2, tied: false },
      ],
    },
    {
      scenario: 'ids order by code unit, not locale: "B" < "a" < "z" < "é"',
      items: [item('é', 10, 5), item('z', 10, 5), item('a', 10, 5), item('B', 10, 5)],
      expected: [
        { id: 'B', rank: 1, tied: true },
        { id: 'a', rank: 1, tied: true },
        { id: 'z', rank: 1, tied: true },
        { id: 'é', rank: 1, tied: true },
      ],
    },
    { scenario: 'nothing to rank', items: [], expected: [] },
  ])('$scenario', ({ items, expected }) => {
    expect(summary(rankOpportunities(items))).toEqual(expected);
  });

  it('keeps the caller’s fields and leaves the input untouched', () => {
    const items = Object.freeze([
      Object.freeze({ id: 'o1', label: 'Minimize the time it takes to verify the invoice', score: Object.freeze({ opportunity: 11, importance: 7 }) }),
      Object.freeze({ id: 'o2', label: 'Minimize the likelihood of missing a late payment', score: Object.freeze({ opportunity: 13, importance: 8 }) }),
    ]);
    const ranked = rankOpportunities(items);
    expect(ranked.map((entry) => entry.label)).toEqual(['Minimize the likelihood of missing a late payment', 'Minimize the time it takes to verify the invoice']);
    expect(items.map((entry) => entry.id)).toEqual(['o1', 'o2']);
    expect(ranked[0]).not.toBe(items[1]);
  });

  it.each([
    { scenario: 'a repeated id', items: [item('a', 1, 1), item('b', 2, 2), item('a', 3, 3)], code: 'INCONSISTENT_INPUT', field: 'items[2].id' },
    { scenario: 'a NaN opportunity', items: [item('a', Number.NaN, 1)], code: 'NOT_A_NUMBER', field: 'items[0].score.opportunity' },
    { scenario: 'an infinite importance', items: [item('a', 1, 1), item('b', 1, Number.POSITIVE_INFINITY)], code: 'NOT_A_NUMBER', field: 'items[1].score.importance' },
  ])('rejects $scenario', ({ items, code, field }) => {
    expect(() => rankOpportunities(items)).toThrow(expect.objectContaining({ name: 'DomainInputError', code, field }));
  });

  // Few distinct values so that ties are common.
  const items: fc.Arbitrary<RankableOpportunity[]> = fc.uniqueArray(
    fc.record({
      id: fc.string({ maxLength: 3 }),
      score: fc.record({ opportunity: fc.constantFrom(8, 10, 12, 12.5, 15), importance: fc.constantFrom(5, 6, 7.5) }),
    }),
    { selector: (entry) => entry.id, maxLength: 40 },
  );

  it('gives the same ranking for any order of the input', () => {
    fc.assert(
      fc.property(
        items.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        ([list, shuffled]) => {
          expect(rankOpportunities(shuffled)).toEqual(rankOpportunities(list));
        },
      ),
    );
  });

  it('ranks each item 1 + the number of items strictly ahead of it, tied iff another shares its scores', () => {
    fc.assert(
      fc.property(items, (list) => {
        for (const entry of rankOpportunities(list)) {
          const ahead = list.filter(
            (other) =>
              other.score.opportunity > entry.score.opportunity ||
              (other.score.opportunity === entry.score.opportunity && other.score.importance > entry.score.importance),
          );
          const twins = list.filter(
            (other) => other.id !== entry.id && other.score.opportunity === entry.score.opportunity && other.score.importance === entry.score.importance,
          );
          expect(entry.rank).toBe(ahead.length + 1);
          expect(entry.tied).toBe(twins.length > 0);
        }
      }),
    );
  });
});
