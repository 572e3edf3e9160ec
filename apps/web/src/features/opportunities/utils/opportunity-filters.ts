import { OPPORTUNITY_ZONES, type OpportunityZoneName } from '@outcome-atlas/contracts';

/** What the backlog and the landscape are narrowed to; every field maps to one URL search parameter. */
export type OpportunityFilters = {
  /** A segment filter (`SMB`, `region=EU`, `saved:<id>`), or null for all respondents. */
  segment: string | null;
  jobStepId: string | null;
  zones: OpportunityZoneName[];
  minOpportunity: number | null;
};

const isZone = (value: string): value is OpportunityZoneName => (OPPORTUNITY_ZONES as readonly string[]).includes(value);

function parseMinOpportunity(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 && number <= 20 ? number : null;
}

/** Reads `?segment=&jobStepId=&zone=extreme,high&minOpportunity=10`; unknown values are ignored. */
export function parseOpportunityFilters(params: URLSearchParams): OpportunityFilters {
  const zones = (params.get('zone') ?? '').split(',').map((part) => part.trim()).filter(isZone);
  return {
    segment: params.get('segment')?.trim() || null,
    jobStepId: params.get('jobStepId') || null,
    zones: OPPORTUNITY_ZONES.filter((zone) => zones.includes(zone)),
    minOpportunity: parseMinOpportunity(params.get('minOpportunity')),
  };
}

/** Writes `patch` over the filters in `previous`, leaving other parameters alone and empty filters out of the URL. */
export function writeOpportunityFilters(previous: URLSearchParams, patch: Partial<OpportunityFilters>): URLSearchParams {
  const next = new URLSearchParams(previous);
  const set = (name: string, value: string | null) => {
    if (value) next.set(name, value);
    else next.delete(name);
  };
  if (patch.segment !== undefined) set('segment', patch.segment);
  if (patch.jobStepId !== undefined) set('jobStepId', patch.jobStepId);
  if (patch.zones !== undefined) set('zone', OPPORTUNITY_ZONES.filter((zone) => patch.zones?.includes(zone)).join(','));
  if (patch.minOpportunity !== undefined) set('minOpportunity', patch.minOpportunity === null ? null : String(patch.minOpportunity));
  return next;
}

/** The backlog endpoint's query parameters for these filters (also used for the CSV download). */
export function opportunityListQuery(filters: OpportunityFilters) {
  return {
    segment: filters.segment ?? undefined,
    jobStepId: filters.jobStepId ?? undefined,
    zone: filters.zones.length > 0 ? filters.zones.join(',') : undefined,
    minOpportunity: filters.minOpportunity ?? undefined,
  };
}

export const isFiltered = (filters: OpportunityFilters) =>
  filters.segment !== null || filters.jobStepId !== null || filters.zones.length > 0 || filters.minOpportunity !== null;

export const NO_FILTERS: OpportunityFilters = { segment: null, jobStepId: null, zones: [], minOpportunity: null };
