import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Outcome } from '@outcome-atlas/contracts';
import { pluralize } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useUnmergeOutcome } from '../api/merge-outcome';
import { staleCurrent } from '../api/update-outcome';

/** For a merged outcome: where it went, and (for writers) the way back. */
export function UnmergeSection({ outcome, canWrite }: { outcome: Outcome; canWrite: boolean }) {
  const unmerge = useUnmergeOutcome();
  if (outcome.status !== 'merged') return null;

  const run = () =>
    unmerge.mutate(
      { outcomeId: outcome.id, projectId: outcome.projectId, version: outcome.version },
      {
        onSuccess: (result) => {
          const lost = result.evidenceNotReturned.length > 0 ? ` ${pluralize(result.evidenceNotReturned.length, 'quote')} could not come back.` : '';
          notifySuccess(`${result.outcome.key} is no longer merged.${lost}`);
        },
        onError: (error) => {
          const current = staleCurrent(error);
          if (current) notifications.show({ color: 'yellow', title: 'Changed by someone else — showing the latest', message: `${current.key} was changed meanwhile: review it and try again.`, autoClose: 6000 });
          else notifyError(error, `Could not unmerge ${outcome.key}`);
        },
      },
    );

  return (
    <Group gap="sm">
      <Text size="sm" data-testid="merged-into">
        {outcome.mergedInto ? `Merged into ${outcome.mergedInto.key}.` : 'Merged into an outcome that no longer exists.'}
      </Text>
      {canWrite ? (
        <Button size="xs" variant="light" color="violet" loading={unmerge.isPending} onClick={run}>
          Unmerge
        </Button>
      ) : null}
    </Group>
  );
}
