import { describe, expect, it } from 'vitest';
import { opportunityZone } from './opportunity-zone.js';

describe('opportunityZone', () => {
  describe('boundaries, given the opportunity exactly', () => {
    it.each([
      { scenario: 'just above 15 is extreme', importance: 9, satisfaction: 3, opportunity: 15.0000001, expected: 'extreme' },
      { scenario: '15 itself is still high', importance: 9, satisfaction: 3, opportunity: 15, expected: 'high' },
      { scenario: '12 itself is high', importance: 8, satisfaction: 4, opportunity: 12, expected: 'high' },
      { scenario: 'just below 12 is solid', importance: 8, satisfaction: 4.0000001, opportunity: 11.9999999, expected: 'solid' },
      { scenario: '10 itself is solid', importance: 7.5, satisfaction: 5, opportunity: 10, expected: 'solid' },
      { scenario: 'just below 10 and not overserved is served', importance: 6, satisfaction: 2.0000000001, opportunity: 9.9999999999, expected: 'served' },
      { scenario: 'just below 10 and overserved', importance: 9.9999999999, satisfaction: 10, opportunity: 9.9999999999, expected: 'overserved' },
      { scenario: 'the top of the scale', importance: 10, satisfaction: 0, opportunity: 20, expected: 'extreme' },
    ])('$scenario', ({ importance, satisfaction, opportunity, expected }) => {
      expect(opportunityZone(importance, satisfaction, opportunity)).toBe(expected);
    });
  });

  describe('opportunity derived from importance and satisfaction', () => {
    it.each([
      { scenario: '9.5 + (9.5 − 3.5) = 15.5 is extreme', importance: 9.5, satisfaction: 3.5, expected: 'extreme' },
      { scenario: '9 + (9 − 3) = 15 is high', importance: 9, satisfaction: 3, expected: 'high' },
      { scenario: '8 + (8 − 4) = 12 is high', importance: 8, satisfaction: 4, expected: 'high' },
      { scenario: '7.5 + (7.5 − 5) = 10 is solid', importance: 7.5, satisfaction: 5, expected: 'solid' },
      { scenario: '6 + (6 − 5) = 7 is served', importance: 6, satisfaction: 5, expected: 'served' },
      { scenario: 'equal importance and satisfaction is served, not overserved', importance: 5, satisfaction: 5, expected: 'served' },
      { scenario: 'satisfaction above importance is overserved', importance: 4, satisfaction: 7, expected: 'overserved' },
    ])('$scenario', ({ importance, satisfaction, expected }) => {
      expect(opportunityZone(importance, satisfaction)).toBe(expected);
    });
  });

  it.each([
    { scenario: 'NaN importance', importance: Number.NaN, satisfaction: 5, opportunity: undefined, code: 'NOT_A_NUMBER', field: 'importance' },
    { scenario: 'satisfaction above 10', importance: 5, satisfaction: 10.1, opportunity: undefined, code: 'OUT_OF_RANGE', field: 'satisfaction' },
    { scenario: 'opportunity above 20', importance: 5, satisfaction: 5, opportunity: 20.1, code: 'OUT_OF_RANGE', field: 'opportunity' },
    { scenario: 'negative opportunity', importance: 5, satisfaction: 5, opportunity: -1, code: 'OUT_OF_RANGE', field: 'opportunity' },
    { scenario: 'infinite opportunity', importance: 5, satisfaction: 5, opportunity: Number.POSITIVE_INFINITY, code: 'NOT_A_NUMBER', field: 'opportunity' },
  ])('rejects $scenario', ({ importance, satisfaction, opportunity, code, field }) => {
    expect(() => opportunityZone(importance, satisfaction, opportunity)).toThrow(expect.objectContaining({ name: 'DomainInputError', code, field }));
  });
});
