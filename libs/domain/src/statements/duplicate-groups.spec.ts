import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../validation/index.js';
import { findDuplicateGroups, outcomeSimilarity, type OutcomeStatementInput } from './index.js';

const backlog: OutcomeStatementInput[] = [
  { id: 'bank-1', text: 'Minimize the time it takes to reconcile bank statements' },
  { id: 'bank-2', text: 'Minimise the time it takes to reconcile the bank statement.' },
  { id: 'bank-3', text: 'Reduce the time needed to reconcile bank statements' },
  { id: 'late-1', text: 'Minimize the likelihood of missing a late payment' },
  { id: 'late-2', text: 'minimize the likelihood of missing late payments' },
  { id: 'supplier', text: 'Minimize the time it takes to find a supplier contract' },
  { id: 'twice', text: 'Minimize the likelihood of paying an invoice twice' },
];

describe('findDuplicateGroups', () => {
  it('groups reworded duplicates and leaves the rest out', () => {
    const groups = findDuplicateGroups(backlog, 0.8);
    expect(groups.map((group) => group.ids)).toEqual([
      ['bank-1', 'bank-2', 'bank-3'],
      ['late-1', 'late-2'],
    ]);
  });

  it('reports every pair of a group with its similarity, most similar first', () => {
    const [bank] = findDuplicateGroups(backlog.slice(0, 3), 0.8);
    expect(bank?.pairs.map(({ a, b }) => `${a}~${b}`)).toEqual(['bank-1~bank-3', 'bank-1~bank-2', 'bank-2~bank-3']);
    expect(bank?.pairs[0]?.similarity).toBe(1);
    expect(bank?.pairs[1]?.similarity).toBe(outcomeSimilarity(backlog[0]?.text ?? '', backlog[1]?.text ?? ''));
    expect(bank?.maxSimilarity).toBe(1);
    expect(bank?.minSimilarity).toBe(Math.min(...(bank?.pairs.map((pair) => pair.similarity) ?? [])));
  });

  it('orders groups by their highest similarity, then first id', () => {
    const groups = findDuplicateGroups(backlog, 0.8);
    expect(groups[0]?.ids[0]).toBe('bank-1');
    const maxima = groups.map((group) => group.maxSimilarity);
    expect(maxima).toEqual([...maxima].sort((x, y) => y - x));
  });

  it('builds cliques: a chain of rewordings does not merge its ends', () => {
    // a~b and b~c are close, a and c are not: complete linkage keeps c out of {a, b}.
    const chain: OutcomeStatementInput[] = [
      { id: 'a', text: 'Minimize the time it takes to approve a supplier invoice' },
      { id: 'b', text: 'Minimize the time it takes to approve a supplier invoice and credit note' },
      { id: 'c', text: 'Minimize the time it takes to approve a credit note' },
    ];
    const ab = outcomeSimilarity(chain[0]?.text ?? '', chain[1]?.text ?? '');
    const bc = outcomeSimilarity(chain[1]?.text ?? '', chain[2]?.text ?? '');
    const ac = outcomeSimilarity(chain[0]?.text ?? '', chain[2]?.text ?? '');
    const threshold = Math.min(ab, bc);
    expect(ac).toBeLessThan(threshold);
    const groups = findDuplicateGroups(chain, threshold);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.ids).toHaveLength(2);
    expect(groups[0]?.ids).toContain('b');
  });

  it.each([
    { scenario: 'no statements', statements: [], threshold: 0.8, expected: [] },
    { scenario: 'one statement', statements: backlog.slice(0, 1), threshold: 0.8, expected: [] },
    { scenario: 'threshold 1 keeps only pairs that score 1 (here: direction synonyms)', statements: backlog, threshold: 1, expected: [['bank-1', 'bank-3']] },
    {
      scenario: 'statements without content match only when equal',
      statements: [
        { id: 'x', text: 'Minimize the time' },
        { id: 'y', text: 'minimize the time.' },
        { id: 'z', text: 'Minimize the number' },
      ],
      threshold: 0.5,
      expected: [['x', 'y']],
    },
  ])('$scenario', ({ statements, threshold, expected }) => {
    expect(findDuplicateGroups(statements, threshold).map((group) => group.ids)).toEqual(expected);
  });

  it('uses the default threshold when none is given', () => {
    expect(findDuplicateGroups(backlog)).toEqual(findDuplicateGroups(backlog, 0.8));
  });

  it.each([
    { scenario: 'threshold above 1', statements: backlog, threshold: 1.2, field: 'threshold', code: 'OUT_OF_RANGE' },
    { scenario: 'negative threshold', statements: backlog, threshold: -0.1, field: 'threshold', code: 'OUT_OF_RANGE' },
    { scenario: 'NaN threshold', statements: backlog, threshold: Number.NaN, field: 'threshold', code: 'NOT_A_NUMBER' },
    { scenario: 'not an array', statements: 'x', threshold: 0.8, field: 'statements', code: 'INVALID_TYPE' },
    { scenario: 'null element', statements: [null], threshold: 0.8, field: 'statements[0]', code: 'INVALID_TYPE' },
    { scenario: 'numeric id', statements: [{ id: 1, text: 'x' }], threshold: 0.8, field: 'statements[0].id', code: 'INVALID_TYPE' },
    { scenario: 'missing text', statements: [{ id: 'a' }], threshold: 0.8, field: 'statements[0].text', code: 'INVALID_TYPE' },
    {
      scenario: 'duplicate id',
      statements: [
        { id: 'a', text: 'x' },
        { id: 'a', text: 'y' },
      ],
      threshold: 0.8,
      field: 'statements[1].id',
      code: 'INCONSISTENT_INPUT',
    },
  ])('rejects $scenario', ({ statements, threshold, field, code }) => {
    const call = (): unknown => findDuplicateGroups(statements as unknown as OutcomeStatementInput[], threshold);
    expect(call).toThrow(DomainInputError);
    expect(call).toThrow(expect.objectContaining({ field, code }));
  });
});
