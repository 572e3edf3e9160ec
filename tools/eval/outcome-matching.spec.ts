import { describe, expect, it } from 'vitest';
import { matchOutcomes, type OutcomeMatch, type Similarity } from './outcome-matching.ts';

// Statements are plain ids ("e0", "g1"); the similarity of a pair is read from a table, so each
// scenario states its scores exactly. Unlisted pairs score 0.
function tableSimilarity(scores: Record<string, number>): Similarity {
  return (a, b) => scores[`${a}~${b}`] ?? 0;
}

const statements = (...ids: string[]) => ids.map((statement) => ({ statement }));
const pair = (extracted: number, gold: number, similarity: number): OutcomeMatch => ({ extracted, gold, similarity });

type Case = {
  scenario: string;
  extracted: string[];
  gold: string[];
  scores: Record<string, number>;
  threshold?: number;
  matches: OutcomeMatch[];
  unmatchedExtracted: number[];
  unmatchedGold: number[];
};

const cases: Case[] = [
  {
    scenario: 'each extracted statement has one clear gold partner',
    extracted: ['e0', 'e1'],
    gold: ['g0', 'g1'],
    scores: { 'e0~g1': 0.9, 'e1~g0': 0.8, 'e0~g0': 0.2 },
    matches: [pair(0, 1, 0.9), pair(1, 0, 0.8)],
    unmatchedExtracted: [],
    unmatchedGold: [],
  },
  {
    scenario: 'a pair below the threshold is not a match',
    extracted: ['e0'],
    gold: ['g0'],
    scores: { 'e0~g0': 0.59 },
    matches: [],
    unmatchedExtracted: [0],
    unmatchedGold: [0],
  },
  {
    scenario: 'a pair exactly at the threshold is a match',
    extracted: ['e0'],
    gold: ['g0'],
    scores: { 'e0~g0': 0.6 },
    matches: [pair(0, 0, 0.6)],
    unmatchedExtracted: [],
    unmatchedGold: [],
  },
  {
    scenario: 'greedy takes the best pair first even when that leaves a partner unmatched',
    // Hungarian would pair e0~g1 and e1~g0 (2 matches); greedy takes e0~g0 (0.9) first.
    extracted: ['e0', 'e1'],
    gold: ['g0', 'g1'],
    scores: { 'e0~g0': 0.9, 'e0~g1': 0.8, 'e1~g0': 0.85 },
    matches: [pair(0, 0, 0.9)],
    unmatchedExtracted: [1],
    unmatchedGold: [1],
  },
  {
    scenario: 'a later, better extracted statement wins the gold over an earlier one',
    extracted: ['e0', 'e1'],
    gold: ['g0'],
    scores: { 'e0~g0': 0.7, 'e1~g0': 0.95 },
    matches: [pair(1, 0, 0.95)],
    unmatchedExtracted: [0],
    unmatchedGold: [],
  },
  {
    scenario: 'tie between two extracted statements: the lower extracted index wins',
    extracted: ['e0', 'e1'],
    gold: ['g0'],
    scores: { 'e0~g0': 0.8, 'e1~g0': 0.8 },
    matches: [pair(0, 0, 0.8)],
    unmatchedExtracted: [1],
    unmatchedGold: [],
  },
  {
    scenario: 'tie between two gold statements: the lower gold index wins',
    extracted: ['e0'],
    gold: ['g0', 'g1'],
    scores: { 'e0~g0': 0.8, 'e0~g1': 0.8 },
    matches: [pair(0, 0, 0.8)],
    unmatchedExtracted: [],
    unmatchedGold: [1],
  },
  {
    scenario: 'duplicate extracted statements match one gold statement only',
    extracted: ['e0', 'e0', 'e0'],
    gold: ['g0'],
    scores: { 'e0~g0': 1 },
    matches: [pair(0, 0, 1)],
    unmatchedExtracted: [1, 2],
    unmatchedGold: [],
  },
  {
    scenario: 'a NaN or infinite similarity is ignored',
    extracted: ['e0', 'e1'],
    gold: ['g0', 'g1'],
    scores: { 'e0~g0': Number.NaN, 'e1~g1': Number.POSITIVE_INFINITY, 'e1~g0': 0.7 },
    matches: [pair(1, 0, 0.7)],
    unmatchedExtracted: [0],
    unmatchedGold: [1],
  },
  {
    scenario: 'nothing extracted',
    extracted: [],
    gold: ['g0', 'g1'],
    scores: {},
    matches: [],
    unmatchedExtracted: [],
    unmatchedGold: [0, 1],
  },
  {
    scenario: 'no gold outcomes',
    extracted: ['e0'],
    gold: [],
    scores: {},
    matches: [],
    unmatchedExtracted: [0],
    unmatchedGold: [],
  },
  {
    scenario: 'matches are listed in extracted order, not in the order they were taken',
    extracted: ['e0', 'e1', 'e2'],
    gold: ['g0', 'g1', 'g2'],
    scores: { 'e0~g2': 0.61, 'e1~g0': 0.99, 'e2~g1': 0.75 },
    matches: [pair(0, 2, 0.61), pair(1, 0, 0.99), pair(2, 1, 0.75)],
    unmatchedExtracted: [],
    unmatchedGold: [],
  },
];

describe('matchOutcomes', () => {
  it.each(cases)('$scenario', (c) => {
    const result = matchOutcomes(statements(...c.extracted), statements(...c.gold), {
      threshold: c.threshold ?? 0.6,
      similarity: tableSimilarity(c.scores),
    });
    expect(result).toEqual({ matches: c.matches, unmatchedExtracted: c.unmatchedExtracted, unmatchedGold: c.unmatchedGold });
  });

  it('asks the similarity with the extracted statement first and the gold statement second', () => {
    const calls: string[] = [];
    matchOutcomes(statements('e0'), statements('g0'), { threshold: 0.5, similarity: (a, b) => (calls.push(`${a}~${b}`), 0) });
    expect(calls).toEqual(['e0~g0']);
  });

  it.each([0, -0.1, 1.01, Number.NaN, Number.POSITIVE_INFINITY])('rejects the threshold %s', (threshold) => {
    expect(() => matchOutcomes([], [], { threshold, similarity: () => 1 })).toThrow(RangeError);
  });
});
