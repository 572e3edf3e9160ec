import { OUTCOME_SORTS, OUTCOME_STATUSES, type OutcomeSort, type OutcomeStatus } from '@outcome-atlas/contracts';

/** What the outcome list is narrowed to; every field maps to one URL search parameter. */
export type OutcomeFilters = {
  statuses: OutcomeStatus[];
  /** A job step id, `none` for outcomes without one, or null for all. */
  jobStepId: string | null;
  personaId: string | null;
  hasLintIssues: boolean;
  hasDuplicates: boolean;
  q: string;
  sort: OutcomeSort;
};

export const DEFAULT_SORT: OutcomeSort = 'key';

const isStatus = (value: string): value is OutcomeStatus => (OUTCOME_STATUSES as readonly string[]).includes(value);
const isSort = (value: string | null): value is OutcomeSort => value !== null && (OUTCOME_SORTS as readonly string[]).includes(value);

/** Reads the filters from `?status=proposed,accepted&jobStepId=&personaId=&lint=true&duplicates=true&q=&sort=`; unknown values are ignored. */
export function parseOutcomeFilters(params: URLSearchParams): OutcomeFilters {
  const statuses = (params.get('status') ?? '').split(',').map((part) => part.trim()).filter(isStatus);
  const sort = params.get('sort');
  return {
    statuses: OUTCOME_STATUSES.filter((status) => statuses.includes(status)),
    jobStepId: params.get('jobStepId') || null,
    personaId: params.get('personaId') || null,
    hasLintIssues: params.get('lint') === 'true',
    hasDuplicates: params.get('duplicates') === 'true',
    q: params.get('q') ?? '',
    sort: isSort(sort) ? sort : DEFAULT_SORT,
  };
}

/** Writes `patch` over the filters in `previous`, leaving other parameters alone and defaults out of the URL. */
export function writeOutcomeFilters(previous: URLSearchParams, patch: Partial<OutcomeFilters>): URLSearchParams {
  const next = new URLSearchParams(previous);
  const set = (name: string, value: string | null) => {
    if (value) next.set(name, value);
    else next.delete(name);
  };
  if (patch.statuses !== undefined) set('status', OUTCOME_STATUSES.filter((status) => patch.statuses?.includes(status)).join(','));
  if (patch.jobStepId !== undefined) set('jobStepId', patch.jobStepId);
  if (patch.personaId !== undefined) set('personaId', patch.personaId);
  if (patch.hasLintIssues !== undefined) set('lint', patch.hasLintIssues ? 'true' : null);
  if (patch.hasDuplicates !== undefined) set('duplicates', patch.hasDuplicates ? 'true' : null);
  if (patch.q !== undefined) set('q', patch.q);
  if (patch.sort !== undefined) set('sort', patch.sort === DEFAULT_SORT ? null : patch.sort);
  return next;
}

/** The list endpoint's query parameters for these filters. */
export function outcomeListQuery(filters: OutcomeFilters) {
  return {
    status: filters.statuses.length > 0 ? filters.statuses.join(',') : undefined,
    jobStepId: filters.jobStepId ?? undefined,
    personaId: filters.personaId ?? undefined,
    hasLintIssues: filters.hasLintIssues ? 'true' : undefined,
    hasDuplicates: filters.hasDuplicates ? 'true' : undefined,
    q: filters.q.trim() || undefined,
    sort: filters.sort,
  };
}

export const isFiltered = (filters: OutcomeFilters) =>
  filters.statuses.length > 0 || filters.jobStepId !== null || filters.personaId !== null || filters.hasLintIssues || filters.hasDuplicates || filters.q.trim() !== '';
