import { Alert, Drawer, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Outcome } from '@outcome-atlas/contracts';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { pluralize } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { DEFAULT_DUPLICATE_THRESHOLD, useOutcomeDuplicates } from '../api/get-outcome-duplicates';
import { type GroupOutcome, MergeInterruptedError, useMergeDuplicates, useUndoMerges } from '../hooks/use-merge-duplicates';
import { DuplicateGroupCard } from './duplicate-group-card';
import { UndoMergeMessage } from './undo-merge-message';

const THRESHOLDS = [
  { value: '0.9', label: '90%: near-identical wording' },
  { value: '0.8', label: '80%: rewordings' },
  { value: '0.7', label: '70%: also one word apart' },
  { value: '0.6', label: '60%: loose' },
];

type DuplicatesDrawerProps = { projectId: string; opened: boolean; canWrite: boolean; onClose: () => void };

/** Groups of outcomes that say the same thing, proposed for merging; each merge can be undone from its notification. */
export function DuplicatesDrawer({ projectId, opened, canWrite, onClose }: DuplicatesDrawerProps) {
  const [threshold, setThreshold] = useState(DEFAULT_DUPLICATE_THRESHOLD);
  const duplicates = useOutcomeDuplicates(projectId, threshold, opened);
  const merge = useMergeDuplicates();
  const undoMerges = useUndoMerges();
  const [mergingGroup, setMergingGroup] = useState<string | null>(null);

  const undo = async (merged: Outcome[], notificationId: string) => {
    const result = await undoMerges(projectId, merged);
    notifications.hide(notificationId);
    if (result.failed.length > 0) {
      const first = result.failed[0];
      notifyError(first?.error, `Could not undo the merge of ${result.failed.map((entry) => entry.key).join(', ')}`);
    }
    if (result.restored.length > 0) {
      const lost = result.evidenceNotReturned > 0 ? ` ${pluralize(result.evidenceNotReturned, 'quote')} could not come back (deleted or moved on meanwhile).` : '';
      notifySuccess(`Merge undone: ${result.restored.map((outcome) => outcome.key).join(', ')} ${result.restored.length === 1 ? 'is' : 'are'} back.${lost}`);
    }
  };

  const showUndo = (merged: Outcome[], title: string, color: string) => {
    const id = `merge-${merged.map((outcome) => outcome.id).join('-')}`;
    notifications.show({
      id,
      color,
      title,
      autoClose: 12_000,
      message: <UndoMergeMessage text={`Merged ${merged.map((outcome) => outcome.key).join(', ')}.`} onUndo={() => undo(merged, id)} />,
    });
  };

  const runMerge = (groupKey: string, keep: GroupOutcome, others: GroupOutcome[]) => {
    setMergingGroup(groupKey);
    merge.mutate(
      { projectId, keep, others },
      {
        onSuccess: ({ merged }) => showUndo(merged, `Merged ${pluralize(merged.length, 'outcome')} into ${keep.key}`, 'teal'),
        onError: (error) => {
          const stopped = error instanceof MergeInterruptedError ? error : null;
          if (stopped?.stale) {
            notifications.show({
              color: 'yellow',
              title: 'Changed by someone else — showing the latest',
              message: `${stopped.failedKey} was changed meanwhile, so the merge stopped there. The groups were refreshed: review them and try again.`,
              autoClose: 8000,
            });
          } else notifyError(stopped?.reason ?? error, `Could not merge ${stopped?.failedKey ?? 'the outcomes'}`);
          if (stopped && stopped.merged.length > 0) showUndo(stopped.merged, `Merged ${pluralize(stopped.merged.length, 'outcome')} into ${keep.key} before stopping`, 'yellow');
          if (stopped?.stale) void duplicates.refetch();
        },
        onSettled: () => setMergingGroup(null),
      },
    );
  };

  let content;
  if (duplicates.isPending) content = <LoadingState label="Looking for duplicates" />;
  else if (duplicates.isError) content = <ErrorState error={duplicates.error} onRetry={() => void duplicates.refetch()} title="Could not look for duplicates" />;
  else if (duplicates.data.groups.length === 0)
    content = (
      <EmptyState
        title="No duplicates found"
        description={`At ${Math.round(threshold * 100)}% similarity the ${pluralize(duplicates.data.compared, 'proposed or accepted outcome')} all say different things.`}
      />
    );
  else
    content = (
      <Stack gap="sm" style={{ opacity: duplicates.isFetching ? 0.6 : 1 }} aria-busy={duplicates.isFetching}>
        <Text size="sm" c="dimmed">
          {pluralize(duplicates.data.groups.length, 'group')} among {pluralize(duplicates.data.compared, 'outcome')}, most similar first.
        </Text>
        {duplicates.data.groups.map((group, index) => {
          const groupKey = group.outcomes.map((outcome) => outcome.outcomeId).join('|');
          return (
            <DuplicateGroupCard
              key={groupKey}
              group={group}
              index={index}
              canWrite={canWrite}
              merging={mergingGroup === groupKey}
              disabled={merge.isPending}
              onMerge={(keep, others) => runMerge(groupKey, keep, others)}
            />
          );
        })}
      </Stack>
    );

  return (
    <Drawer opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': 'Close' }} position="right" size="xl" title="Duplicate outcomes">
      <Stack gap="md">
        <Select
          label="Similarity at least"
          data={THRESHOLDS}
          value={String(threshold)}
          onChange={(value) => setThreshold(value ? Number(value) : DEFAULT_DUPLICATE_THRESHOLD)}
          allowDeselect={false}
          w={280}
          comboboxProps={{ withinPortal: true }}
        />
        {duplicates.data?.truncated ? (
          <Alert color="yellow" title="Not every outcome was compared">
            The project has more proposed and accepted outcomes than one comparison takes; only the first {duplicates.data.compared} by key were compared.
          </Alert>
        ) : null}
        {content}
      </Stack>
    </Drawer>
  );
}
