import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../validation/index.js';
import { normalizeOutcomeStatement } from './index.js';

const cases = [
  { scenario: 'lower case, punctuation and whitespace', text: '  "Minimize the TIME it takes to\tfile the claim."  ', expected: 'minimize the time it takes to file the claim' },
  { scenario: 'British direction spelling', text: 'Minimise the time', expected: 'minimize the time' },
  { scenario: 'British spelling of other words', text: 'Maximise the likelihood of prioritising the right behaviour', expected: 'maximize the likelihood of prioritizing the right behavior' },
  { scenario: 'apostrophes are dropped, straight or curly', text: "the customer's and the supplier’s", expected: 'the customers and the suppliers' },
  { scenario: 'hyphens separate words', text: 'a user-friendly, month-end close', expected: 'a user friendly month end close' },
  { scenario: 'NFKC: full-width letters and ligatures', text: 'Ｍinimize the ﬁling time', expected: 'minimize the filing time' },
  { scenario: 'decomposed accents are composed', text: 'Cafe\u0301 receipts', expected: 'café receipts' },
  { scenario: 'stop words and direction synonyms are kept', text: 'Reduce the number of the errors', expected: 'reduce the number of the errors' },
  { scenario: 'empty and punctuation only', text: ' … !! ', expected: '' },
];

describe('normalizeOutcomeStatement', () => {
  it.each(cases)('$scenario', ({ text, expected }) => {
    expect(normalizeOutcomeStatement(text)).toBe(expected);
  });

  it('rejects a non-string', () => {
    expect(() => normalizeOutcomeStatement(['x'] as unknown as string)).toThrow(DomainInputError);
  });
});
