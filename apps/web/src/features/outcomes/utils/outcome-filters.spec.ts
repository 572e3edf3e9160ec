import { describe, expect, it } from 'vitest';
import { outcomeListQuery, parseOutcomeFilters, writeOutcomeFilters } from './outcome-filters';

const stepId = '00000006-0000-4000-8000-000000000001';

describe('outcome filters in the URL', () => {
  it('reads the defaults from an empty query', () => {
    expect(parseOutcomeFilters(new URLSearchParams())).toEqual({
      statuses: [],
      jobStepId: null,
      personaId: null,
      hasLintIssues: false,
      hasDuplicates: false,
      q: '',
      sort: 'key',
    });
  });

  it('round-trips every filter through the search parameters', () => {
    const filters = {
      statuses: ['proposed', 'rejected'] as const,
      jobStepId: stepId,
      personaId: 'persona-1',
      hasLintIssues: true,
      hasDuplicates: true,
      q: 'bank feed',
      sort: '-confidence' as const,
    };
    const params = writeOutcomeFilters(new URLSearchParams('tab=keep'), { ...filters, statuses: [...filters.statuses] });

    expect(params.get('status')).toBe('proposed,rejected');
    expect(params.get('tab')).toBe('keep');
    expect(parseOutcomeFilters(new URLSearchParams(params.toString()))).toEqual({ ...filters, statuses: ['proposed', 'rejected'] });
  });

  it('leaves defaults out of the URL and ignores unknown values', () => {
    const params = writeOutcomeFilters(new URLSearchParams('status=accepted&sort=-key&lint=true'), { statuses: [], sort: 'key', hasLintIssues: false });
    expect(params.toString()).toBe('');
    expect(parseOutcomeFilters(new URLSearchParams('status=accepted,bogus&sort=nonsense'))).toMatchObject({ statuses: ['accepted'], sort: 'key' });
  });

  it('turns the filters into the list endpoint query', () => {
    const filters = parseOutcomeFilters(new URLSearchParams('status=accepted,proposed&jobStepId=none&lint=true&q=%20late%20'));
    expect(outcomeListQuery(filters)).toEqual({
      status: 'proposed,accepted',
      jobStepId: 'none',
      personaId: undefined,
      hasLintIssues: 'true',
      hasDuplicates: undefined,
      q: 'late',
      sort: 'key',
    });
  });
});
