import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stageOrderMismatch } from './stage-order.js';

describe('stageOrderMismatch', () => {
  it.each([
    ['the same order', ['a', 'b', 'c'], ['a', 'b', 'c'], null],
    ['a permutation', ['a', 'b', 'c'], ['c', 'a', 'b'], null],
    ['a left-out stage', ['a', 'b', 'c'], ['c', 'a'], { missing: ['b'], unknown: [], repeated: [] }],
    ['a foreign id', ['a', 'b'], ['b', 'x', 'a'], { missing: [], unknown: ['x'], repeated: [] }],
    ['a repeated stage standing in for another', ['a', 'b', 'c'], ['a', 'a', 'b'], { missing: ['c'], unknown: [], repeated: ['a'] }],
    ['a foreign id repeated, listed once', ['a'], ['a', 'x', 'x'], { missing: [], unknown: ['x'], repeated: [] }],
    ['an empty request for a journey with stages', ['a', 'b'], [], { missing: ['a', 'b'], unknown: [], repeated: [] }],
  ] as const)('%s', (_name, current, requested, expected) => {
    expect(stageOrderMismatch(current, requested)).toEqual(expected);
  });

  it('accepts every permutation and names exactly the stage a request drops', () => {
    const orders = fc
      .uniqueArray(fc.uuid(), { minLength: 1, maxLength: 20 })
      .chain((ids) => fc.tuple(fc.constant(ids), fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }), fc.nat({ max: ids.length - 1 })));
    fc.assert(
      fc.property(orders, ([ids, permutation, drop]) => {
        expect(stageOrderMismatch(ids, permutation)).toBeNull();
        const dropped = permutation[drop]!;
        expect(stageOrderMismatch(ids, permutation.filter((id) => id !== dropped))).toEqual({ missing: [dropped], unknown: [], repeated: [] });
      }),
    );
  });
});
