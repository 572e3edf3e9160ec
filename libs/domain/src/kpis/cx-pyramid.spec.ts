import { describe, expect, it } from 'vitest';
import { GARTNER_CX_PYRAMID } from './index.js';

// DOMAIN.md, "Gartner CX pyramid", bottom to top.
const expectedLevels = [
  { level: 1, key: 'communication', expectation: 'Give me information I can use.' },
  { level: 2, key: 'accountability', expectation: 'Solve problems when I ask.' },
  { level: 3, key: 'commitment', expectation: 'Meet my needs when I ask.' },
  { level: 4, key: 'proactivity', expectation: 'Give me what I need without asking.' },
  { level: 5, key: 'evolution', expectation: 'Make me better, safer or stronger.' },
] as const;

describe('GARTNER_CX_PYRAMID', () => {
  it.each(expectedLevels)('level $level is $key', ({ level, key, expectation }) => {
    expect(GARTNER_CX_PYRAMID[level - 1]).toMatchObject({ level, key, expectation });
  });

  it('lists exactly five levels, bottom to top', () => {
    expect(GARTNER_CX_PYRAMID.map(({ level }) => level)).toEqual([1, 2, 3, 4, 5]);
  });
});
