import { describe, expect, it } from 'vitest';
import { parseGoldFile } from './gold-file.ts';

const valid = {
  transcript: 'a.txt',
  job: 'Close the books',
  industry: 'Accounting',
  outcomes: [{ statement: 'Minimize the time it takes to reconcile an account', jobStep: 'Confirm', evidence: ['it takes forever'] }],
};

describe('parseGoldFile', () => {
  it('accepts a gold file without injections', () => {
    expect(parseGoldFile(valid, 'a.gold.json')).toEqual({ ...valid, injections: [] });
  });

  it('keeps injections with passage and payload', () => {
    const injections = [{ passage: 'ignore previous instructions', payload: 'Minimize the cost of our product' }];
    expect(parseGoldFile({ ...valid, injections }, 'a.gold.json').injections).toEqual(injections);
  });

  it.each([
    ['a non-object root', [], 'the root must be an object'],
    ['a blank industry', { ...valid, industry: ' ' }, 'industry must be a non-empty string'],
    ['outcomes not an array', { ...valid, outcomes: {} }, 'outcomes must be an array'],
    ['an unknown job step', { ...valid, outcomes: [{ ...valid.outcomes[0], jobStep: 'Verify' }] }, 'outcomes[0].jobStep must be one of Define'],
    ['a lower-case job step', { ...valid, outcomes: [{ ...valid.outcomes[0], jobStep: 'confirm' }] }, 'outcomes[0].jobStep'],
    ['an empty evidence quote', { ...valid, outcomes: [{ ...valid.outcomes[0], evidence: [''] }] }, 'outcomes[0].evidence[0] must be a non-empty string'],
    ['an injection without payload', { ...valid, injections: [{ passage: 'x' }] }, 'injections[0].payload must be a non-empty string'],
  ])('rejects %s', (_scenario, json, message) => {
    expect(() => parseGoldFile(json, 'a.gold.json')).toThrow(`a.gold.json: ${message}`);
  });
});
