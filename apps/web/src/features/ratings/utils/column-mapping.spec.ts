import { describe, expect, it } from 'vitest';
import { mappingProblemCount, planColumnMapping } from './column-mapping';

const outcomes = [
  { id: '00000004-0000-4000-8000-000000000001', key: 'O-1' },
  { id: '00000004-0000-4000-8000-000000000002', key: 'O-2' },
];

describe('planColumnMapping', () => {
  it('reads a wide header: respondent id, segment, attributes and both questions per outcome', () => {
    const mapping = planColumnMapping('wide', ['Respondent ID', 'segment', 'region', 'O-1 importance', 'o-1_sat', 'imp_O-2'], outcomes);
    expect(mapping.rows.map((row) => [row.header, row.role, row.outcome?.key ?? null, row.error])).toEqual([
      ['Respondent ID', 'respondentId', null, null],
      ['segment', 'segment', null, null],
      ['region', 'attribute', null, null],
      ['O-1 importance', 'importance', 'O-1', null],
      ['o-1_sat', 'satisfaction', 'O-1', null],
      ['imp_O-2', 'importance', 'O-2', null],
    ]);
    expect(mapping.summary).toBe('2 outcomes, 1 attribute, segment');
    expect(mappingProblemCount(mapping)).toBe(0);
  });

  it('reports a wide header without respondent id and a rating of an unknown outcome', () => {
    const mapping = planColumnMapping('wide', ['O-9 importance', 'O-1 sat'], outcomes);
    expect(mapping.errors).toHaveLength(1);
    expect(mapping.errors[0]).toMatch(/respondent id/i);
    expect(mapping.rows[0]).toMatchObject({ role: 'importance', outcome: null });
    expect(mapping.rows[0]!.error).toMatch(/O-9/);
    expect(mappingProblemCount(mapping)).toBe(2);
  });

  it('reads a long header and reports missing and unknown columns', () => {
    const good = planColumnMapping('long', ['respondent_id', 'outcome_id', 'importance', 'satisfaction', 'segment'], []);
    expect(good.rows.map((row) => row.role)).toEqual(['respondentId', 'outcomeRef', 'importance', 'satisfaction', 'segment']);
    expect(mappingProblemCount(good)).toBe(0);

    const bad = planColumnMapping('long', ['respondent_id', 'outcome', 'importance'], []);
    expect(bad.rows[1]).toMatchObject({ role: 'ignored' });
    expect(bad.errors.join(' ')).toMatch(/outcome_id/);
    expect(bad.errors.join(' ')).toMatch(/satisfaction/);
  });
});
