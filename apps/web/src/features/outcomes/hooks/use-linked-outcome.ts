import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { outcomeQueryOptions } from '../api/get-outcome';

/** The URL parameter other pages use to open one outcome's details here (e.g. the opportunity backlog). */
export const LINKED_OUTCOME_PARAM = 'outcome';

/**
 * The outcome named by `?outcome=<id>`, loaded on its own (it need not match the list's filters or be on a
 * loaded page), and a way to drop the parameter when its drawer closes.
 */
export function useLinkedOutcome() {
  const [searchParams, setSearchParams] = useSearchParams();
  const outcomeId = searchParams.get(LINKED_OUTCOME_PARAM);
  const linked = useQuery({ ...outcomeQueryOptions(outcomeId ?? ''), enabled: outcomeId !== null });
  const clear = () =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.delete(LINKED_OUTCOME_PARAM);
        return next;
      },
      { replace: true },
    );
  const failed = outcomeId !== null && linked.isError;
  useEffect(() => {
    if (failed) notifications.show({ color: 'yellow', message: 'The linked outcome no longer exists or is not in this workspace.' });
  }, [failed]);
  return { outcome: outcomeId ? (linked.data ?? null) : null, clear };
}
