import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import type { Solution, SolutionStatus } from '@outcome-atlas/contracts';
import { useState } from 'react';
import { SOLUTION_STATUS_STYLES } from '../../../components/solution-status-badge';
import { errorMessage, isApiError } from '../../../lib/api-error';
import { notifySuccess } from '../../../lib/notify';
import { useUpdateSolution } from '../api/update-solution';
import { today } from '../utils/dates';
import { needsShipDate, STATUS_OPTIONS } from '../utils/solution-status';

/** Move the solution along (idea → testing → shipped → evaluated, or dropped), asking for the ship date when it ships. */
export function StatusChanger({ solution }: { solution: Solution }) {
  const [status, setStatus] = useState<SolutionStatus>(solution.status);
  const [shipDate, setShipDate] = useState(solution.shipDate ?? '');
  const [dateError, setDateError] = useState<string | null>(null);
  const update = useUpdateSolution(solution.projectId, solution.id);
  const dateNeeded = needsShipDate(status);
  const changed = status !== solution.status || (dateNeeded && shipDate !== (solution.shipDate ?? ''));

  const choose = (next: SolutionStatus) => {
    setStatus(next);
    setDateError(null);
    update.reset();
    if (needsShipDate(next) && shipDate === '') setShipDate(today());
  };

  const save = () => {
    if (dateNeeded && shipDate === '') {
      setDateError('A shipped or evaluated solution needs its ship date');
      return;
    }
    update.mutate(
      { status, ...(dateNeeded ? { shipDate } : {}) },
      {
        onSuccess: (saved) => notifySuccess(`${saved.title} is now ${SOLUTION_STATUS_STYLES[saved.status].label.toLowerCase()}`),
        onError: (error) => {
          if (isApiError(error) && /SHIP_DATE/.test(error.code)) setDateError(error.message);
        },
      },
    );
  };

  const otherError = update.isError && !(isApiError(update.error) && /SHIP_DATE/.test(update.error.code)) ? update.error : null;

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select label="Status" data={STATUS_OPTIONS} value={status} onChange={(value) => value && choose(value as SolutionStatus)} allowDeselect={false} w={160} />
        {dateNeeded ? (
          <TextInput
            type="date"
            label="Ship date"
            required
            value={shipDate}
            onChange={(event) => {
              setShipDate(event.currentTarget.value);
              setDateError(null);
            }}
            error={dateError}
            w={170}
          />
        ) : null}
        <Button onClick={save} disabled={!changed} loading={update.isPending}>
          Save status
        </Button>
      </Group>
      {otherError ? (
        <Alert color="red" role="alert" title="Could not change the status">
          {errorMessage(otherError)}
        </Alert>
      ) : null}
    </Stack>
  );
}
