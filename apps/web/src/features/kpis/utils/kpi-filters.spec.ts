import { describe, expect, it } from 'vitest';
import { isKpiFiltered, kpiListQuery, NO_KPI_FILTERS, parseKpiFilters, writeKpiFilters } from './kpi-filters';

describe('KPI filters in the URL', () => {
  it.each([
    { search: '', expected: NO_KPI_FILTERS },
    { search: 'type=nps&level=relationship&status=misses', expected: { type: 'nps', level: 'relationship', status: 'misses' } },
    { search: 'type=bogus&level=&status=no-data', expected: { ...NO_KPI_FILTERS, status: 'no-data' } },
  ])('reads "$search"', ({ search, expected }) => {
    expect(parseKpiFilters(new URLSearchParams(search))).toEqual(expected);
  });

  it('writes a patch, leaving other parameters alone and empty filters out', () => {
    const next = writeKpiFilters(new URLSearchParams('tab=x&type=nps'), { type: null, status: 'meets' });
    expect(next.toString()).toBe('tab=x&status=meets');
    expect(writeKpiFilters(next, NO_KPI_FILTERS).toString()).toBe('tab=x');
  });

  it('maps to the list query and knows when anything narrows the grid', () => {
    expect(kpiListQuery({ type: 'csat', level: null, status: null })).toEqual({ type: 'csat', level: undefined, status: undefined });
    expect(isKpiFiltered({ type: null, level: 'journey', status: null })).toBe(true);
    expect(isKpiFiltered(NO_KPI_FILTERS)).toBe(false);
  });
});
