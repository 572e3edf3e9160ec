import { describe, expect, it } from 'vitest';
import { acceptsResponses, exampleCsv, expectedColumns, headerLine, type ImportableKpi } from './csv-columns';

const kpi = (type: ImportableKpi['type'], overrides: Partial<ImportableKpi> = {}): ImportableKpi => ({ type, unit: '', scale: null, ...overrides });

describe('expected CSV columns', () => {
  it('takes aggregates the same way for every type', () => {
    for (const type of ['nps', 'csat', 'ces', 'ttv', 'tcr', 'adoption', 'clv', 'custom'] as const) {
      expect(headerLine(kpi(type), 'aggregates')).toBe('period_start,period_end,value[,sample_size]');
    }
  });

  it.each([
    { type: 'nps', header: 'period_start,period_end,score' },
    { type: 'csat', header: 'period_start,period_end,score' },
    { type: 'ces', header: 'period_start,period_end,score' },
    { type: 'tcr', header: 'period_start,period_end,completed' },
    { type: 'ttv', header: 'period_start,period_end,duration' },
    { type: 'adoption', header: 'period_start,period_end,active,eligible' },
  ] as const)('takes raw responses for $type as $header', ({ type, header }) => {
    expect(acceptsResponses(kpi(type))).toBe(true);
    expect(headerLine(kpi(type), 'responses')).toBe(header);
  });

  it('has no raw responses for CLV and custom KPIs', () => {
    for (const type of ['clv', 'custom'] as const) {
      expect(acceptsResponses(kpi(type))).toBe(false);
      expect(expectedColumns(kpi(type), 'responses')).toEqual([]);
      expect(exampleCsv(kpi(type), 'responses')).toBe('');
    }
  });

  it('describes the answers on the KPI’s own scale and unit', () => {
    const score = (subject: ImportableKpi) => expectedColumns(subject, 'responses').find((column) => column.name === 'score')?.description;
    expect(score(kpi('csat', { scale: 7 }))).toContain('1–7');
    expect(score(kpi('ces', { scale: 5 }))).toContain('1–5');
    expect(score(kpi('nps'))).toContain('0–10');
    expect(expectedColumns(kpi('ttv', { unit: 'days' }), 'responses').at(-1)?.description).toContain('in days');
  });

  it('gives an example whose header matches the columns', () => {
    expect(exampleCsv(kpi('adoption'), 'responses').split('\n')).toEqual(['period_start,period_end,active,eligible', '2026-10-01,2026-10-31,40,120', '2026-10-01,2026-10-31,35,100']);
    expect(exampleCsv(kpi('nps'), 'aggregates').split('\n')[0]).toBe('period_start,period_end,value,sample_size');
  });
});
