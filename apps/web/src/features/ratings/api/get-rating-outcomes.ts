import type { OutcomeStatus } from '@outcome-atlas/contracts';
import { useQuery } from '@tanstack/react-query';
import { outcomesByStatusQueryOptions } from '../../../lib/outcomes-by-status';

/** Respondents rate the accepted outcomes; a survey file may also name proposed or rejected ones (not merged ones). */
export const RATED_STATUSES: readonly OutcomeStatus[] = ['accepted'];
export const IMPORTABLE_STATUSES: readonly OutcomeStatus[] = ['proposed', 'accepted', 'rejected'];

export const useRatingOutcomes = (projectId: string, statuses: readonly OutcomeStatus[] = RATED_STATUSES) => useQuery(outcomesByStatusQueryOptions(projectId, statuses));
