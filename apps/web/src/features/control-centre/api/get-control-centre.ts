import { type ControlCentre, endpoints } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getControlCentre = (projectId: string, signal?: AbortSignal) =>
  apiRequest<ControlCentre>(endpoints.getControlCentre, { params: { projectId }, signal });

/** Under `chain(projectId)`: any change to journeys, KPIs or solutions refreshes it. */
export const controlCentreQueryOptions = (projectId: string) =>
  queryOptions({ queryKey: queryKeys.controlCentre(projectId), queryFn: ({ signal }) => getControlCentre(projectId, signal) });

export const useControlCentre = (projectId: string) => useQuery(controlCentreQueryOptions(projectId));
