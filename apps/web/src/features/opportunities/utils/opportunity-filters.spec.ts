import { describe, expect, it } from 'vitest';
import { isFiltered, NO_FILTERS, opportunityListQuery, parseOpportunityFilters, writeOpportunityFilters } from './opportunity-filters';

describe('opportunity filters in the URL', () => {
  it.each([
    { search: '', expected: NO_FILTERS },
    { search: 'segment=region%3DEU&jobStepId=s1&zone=high,extreme&minOpportunity=12.5', expected: { segment: 'region=EU', jobStepId: 's1', zones: ['extreme', 'high'], minOpportunity: 12.5 } },
    { search: 'zone=bogus,solid&minOpportunity=21', expected: { ...NO_FILTERS, zones: ['solid'] } },
    { search: 'minOpportunity=abc&segment=%20', expected: NO_FILTERS },
    { search: 'minOpportunity=0', expected: { ...NO_FILTERS, minOpportunity: 0 } },
  ])('reads "$search"', ({ search, expected }) => {
    expect(parseOpportunityFilters(new URLSearchParams(search))).toEqual(expected);
  });

  it('writes a patch over the URL, leaving other parameters alone and empty filters out', () => {
    const previous = new URLSearchParams('view=landscape&segment=SMB&zone=solid');
    const next = writeOpportunityFilters(previous, { segment: null, zones: ['solid', 'extreme'], minOpportunity: 0 });
    expect(next.toString()).toBe('view=landscape&zone=extreme%2Csolid&minOpportunity=0');
    expect(writeOpportunityFilters(next, NO_FILTERS).toString()).toBe('view=landscape');
  });

  it('maps to the API query and knows when anything narrows the backlog', () => {
    const filters = parseOpportunityFilters(new URLSearchParams('segment=SMB&zone=high&minOpportunity=10'));
    expect(opportunityListQuery(filters)).toEqual({ segment: 'SMB', jobStepId: undefined, zone: 'high', minOpportunity: 10 });
    expect(opportunityListQuery(NO_FILTERS)).toEqual({ segment: undefined, jobStepId: undefined, zone: undefined, minOpportunity: undefined });
    expect(isFiltered(filters)).toBe(true);
    expect(isFiltered(NO_FILTERS)).toBe(false);
  });
});
