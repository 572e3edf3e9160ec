import { describe, expect, it } from 'vitest';
import { createSeededRandom, deriveSeed, randomIndex } from './seeded-random.js';

const draw = (seed: number, count: number): number[] => {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, () => random());
};

describe('createSeededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draw(42, 100)).toEqual(draw(42, 100));
  });

  it('gives different sequences for neighbouring seeds', () => {
    expect(draw(1, 10)).not.toEqual(draw(2, 10));
  });

  it('stays in [0, 1) and spreads evenly over ten buckets', () => {
    const values = draw(7, 10_000);
    const buckets = new Array<number>(10).fill(0);
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      buckets[Math.floor(value * 10)] = (buckets[Math.floor(value * 10)] ?? 0) + 1;
    }
    for (const count of buckets) {
      expect(count).toBeGreaterThan(900);
      expect(count).toBeLessThan(1100);
    }
  });
});

describe('deriveSeed', () => {
  const cases: { scenario: string; left: [number, ...number[]]; right: [number, ...number[]] }[] = [
    { scenario: 'different stream labels', left: [5, 1], right: [5, 2] },
    { scenario: 'stream label order', left: [5, 1, 2], right: [5, 2, 1] },
    { scenario: 'seeds 2^32 apart (high half counts)', left: [3], right: [3 + 2 ** 32] },
    { scenario: 'negative and positive seed', left: [-1], right: [1] },
    { scenario: 'extra stream label', left: [9], right: [9, 0] },
  ];

  it.each(cases)('separates $scenario', ({ left, right }) => {
    expect(deriveSeed(...left)).not.toBe(deriveSeed(...right));
  });

  it('is a pure function of its arguments', () => {
    expect(deriveSeed(123, 4, 5)).toBe(deriveSeed(123, 4, 5));
  });
});

describe('randomIndex', () => {
  it('draws every index of a small range and nothing outside it', () => {
    const random = createSeededRandom(3);
    const seen = new Set(Array.from({ length: 200 }, () => randomIndex(random, 5)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
