import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../validation/index.js';
import { compareOutcomeFingerprints, outcomeFingerprint, outcomeSimilarity } from './index.js';

const INVOICE = 'Minimize the time it takes to verify that the invoice matches the order';

type Case = { scenario: string; a: string; b: string; min: number; max: number };

const cases: Case[] = [
  { scenario: 'identical', a: INVOICE, b: INVOICE, min: 1, max: 1 },
  { scenario: 'equal after normalization', a: INVOICE, b: '  "minimize THE time it takes to verify that the invoice matches the order."', min: 1, max: 1 },
  {
    scenario: 'reworded duplicate: British spelling, article, plural',
    a: 'Minimize the time it takes to reconcile bank statements',
    b: 'Minimise the time it takes to reconcile the bank statement',
    min: 0.9,
    max: 1,
  },
  {
    scenario: 'direction synonyms and metric wording do not matter',
    a: 'Minimize the time it takes to reconcile bank statements',
    b: 'Reduce the amount of time needed to reconcile bank statements',
    min: 1,
    max: 1,
  },
  {
    scenario: 'inflection of the verb',
    a: 'Minimize the likelihood of missing a late payment',
    b: 'Minimize the likelihood of late payments being missed',
    min: 0.8,
    max: 1,
  },
  {
    scenario: 'shared ODI opening, different objects',
    a: 'Minimize the time it takes to reconcile bank statements',
    b: 'Minimize the time it takes to find a supplier contract',
    min: 0,
    max: 0.15,
  },
  {
    scenario: 'shared likelihood opening, different objects',
    a: 'Minimize the likelihood of missing a late payment',
    b: 'Minimize the likelihood of paying an invoice twice',
    min: 0,
    max: 0.15,
  },
  {
    scenario: 'same object, different metric',
    a: 'Minimize the time it takes to reconcile bank statements',
    b: 'Minimize the likelihood of errors when reconciling bank statements',
    min: 0.3,
    max: 0.6,
  },
  {
    scenario: 'same object and metric, opposite direction',
    a: 'Minimize the number of invoices approved late',
    b: 'Increase the number of invoices approved late',
    min: 0.85,
    max: 0.85,
  },
  {
    scenario: 'one clarifier added',
    a: INVOICE,
    b: `${INVOICE} when closing the month`,
    min: 0.5,
    max: 0.8,
  },
  { scenario: 'both without content words', a: 'Minimize the time', b: 'Minimize the number', min: 0, max: 0 },
  { scenario: 'empty against text', a: '', b: INVOICE, min: 0, max: 0 },
];

describe('outcomeSimilarity', () => {
  it.each(cases)('$scenario', ({ a, b, min, max }) => {
    const similarity = outcomeSimilarity(a, b);
    expect(similarity).toBeGreaterThanOrEqual(min);
    expect(similarity).toBeLessThanOrEqual(max);
    expect(outcomeSimilarity(b, a)).toBe(similarity);
  });

  it('gives the same score from precomputed fingerprints', () => {
    const a = 'Minimize the time it takes to reconcile bank statements';
    const b = 'Minimize the likelihood of errors when reconciling bank statements';
    expect(compareOutcomeFingerprints(outcomeFingerprint(a), outcomeFingerprint(b))).toBe(outcomeSimilarity(a, b));
  });

  it('compares only the object of control and clarifier', () => {
    const fingerprint = outcomeFingerprint('Minimise the time it takes to reconcile the bank statements.');
    expect(fingerprint).toMatchObject({ direction: 'minimize', metric: 'time' });
    expect([...fingerprint.terms]).toEqual(['reconcil', 'bank', 'statement']);
    expect(fingerprint.trigrams.has('  r')).toBe(true);
    expect(fingerprint.trigrams.has('tim')).toBe(false);
  });

  it.each([
    { scenario: 'first argument', a: 1, b: 'x', field: 'a' },
    { scenario: 'second argument', a: 'x', b: null, field: 'b' },
  ])('rejects a non-string $scenario', ({ a, b, field }) => {
    expect(() => outcomeSimilarity(a as unknown as string, b as unknown as string)).toThrow(new RegExp(`^${field}: `));
  });

  it('rejects a non-string fingerprint input', () => {
    expect(() => outcomeFingerprint({} as unknown as string)).toThrow(DomainInputError);
  });
});
