import { KPI_LEVEL_NAMES, KPI_STATUSES, KPI_TYPE_NAMES, type KpiStatus } from '@outcome-atlas/contracts';
import type { KpiLevel, KpiType } from '@outcome-atlas/domain';
import { writeSearchParams } from '../../../lib/search-params';

/** What the KPI grid is narrowed to; each field is one URL search parameter. */
export type KpiFilters = { type: KpiType | null; level: KpiLevel | null; status: KpiStatus | null };

export const NO_KPI_FILTERS: KpiFilters = { type: null, level: null, status: null };

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null => (value !== null && (values as readonly string[]).includes(value) ? (value as T) : null);

/** Reads `?type=nps&level=relationship&status=misses`; unknown values are ignored. */
export function parseKpiFilters(params: URLSearchParams): KpiFilters {
  return {
    type: oneOf(KPI_TYPE_NAMES, params.get('type')),
    level: oneOf(KPI_LEVEL_NAMES, params.get('level')),
    status: oneOf(KPI_STATUSES, params.get('status')),
  };
}

/** Writes `patch` over the filters in `previous`, leaving other parameters alone and empty filters out of the URL. */
export const writeKpiFilters = (previous: URLSearchParams, patch: Partial<KpiFilters>): URLSearchParams => writeSearchParams(previous, patch);

export const isKpiFiltered = (filters: KpiFilters) => filters.type !== null || filters.level !== null || filters.status !== null;

/** The list endpoint's query parameters for these filters. */
export const kpiListQuery = (filters: KpiFilters) => ({ type: filters.type ?? undefined, level: filters.level ?? undefined, status: filters.status ?? undefined });
