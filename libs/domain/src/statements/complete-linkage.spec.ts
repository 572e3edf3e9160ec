import { describe, expect, it } from 'vitest';
import { completeLinkage } from './complete-linkage.js';
import type { SimilarPair } from './similar-pairs.js';

const pair = (i: number, j: number, similarity: number): SimilarPair => ({ i, j, similarity });
const identityRank = (count: number): Int32Array => Int32Array.from({ length: count }, (_, index) => index);
const sorted = (clusters: number[][]): number[][] => clusters.map((cluster) => [...cluster].sort()).sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));

describe('completeLinkage', () => {
  it.each([
    { scenario: 'no pairs', count: 3, pairs: [], expected: [] },
    { scenario: 'one pair', count: 3, pairs: [pair(0, 2, 0.9)], expected: [[0, 2]] },
    {
      scenario: 'two tight pairs merge once every cross pair is present',
      count: 4,
      pairs: [pair(0, 1, 0.95), pair(2, 3, 0.9), pair(1, 2, 0.85), pair(0, 2, 0.84), pair(0, 3, 0.83), pair(1, 3, 0.82)],
      expected: [[0, 1, 2, 3]],
    },
    {
      scenario: 'one missing cross pair keeps the clusters apart',
      count: 4,
      pairs: [pair(0, 1, 0.95), pair(2, 3, 0.9), pair(1, 2, 0.85), pair(0, 2, 0.84), pair(0, 3, 0.83)],
      expected: [
        [0, 1],
        [2, 3],
      ],
    },
    {
      scenario: 'a chain does not become one group',
      count: 3,
      pairs: [pair(0, 1, 0.9), pair(1, 2, 0.9)],
      expected: [[0, 1]],
    },
    {
      scenario: 'an item joins the cluster whose least similar member is closest',
      count: 4,
      // 2 is closer to 1 (0.9) than to 3 (0.88), but the linkage to {0, 1} is its weakest pair, 0.8.
      pairs: [pair(0, 1, 0.95), pair(1, 2, 0.9), pair(2, 3, 0.88), pair(0, 2, 0.8)],
      expected: [
        [0, 1],
        [2, 3],
      ],
    },
  ])('$scenario', ({ count, pairs, expected }) => {
    expect(sorted(completeLinkage(identityRank(count), pairs))).toEqual(expected);
  });

  it.each([
    { scenario: 'item 1 has the lowest rank', rank: [2, 0, 1], expected: [[0, 1]] },
    { scenario: 'item 2 has the lower rank of the two', rank: [0, 2, 1], expected: [[0, 2]] },
  ])('breaks ties by rank, not by position: $scenario', ({ rank, expected }) => {
    // Two tied pairs share item 0, so only the first one processed can form a group.
    const pairs = [pair(0, 1, 0.9), pair(0, 2, 0.9)];
    expect(sorted(completeLinkage(Int32Array.from(rank), pairs))).toEqual(expected);
    expect(sorted(completeLinkage(Int32Array.from(rank), [...pairs].reverse()))).toEqual(expected);
  });
});
