import { Button, Checkbox, Group, Stack, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { BulkOutcomesRequest, Outcome, OutcomeStatus } from '@outcome-atlas/contracts';
import { IconCopy, IconKeyboard } from '@tabler/icons-react';
import { type ReactNode, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { pluralize } from '../../../lib/format';
import { useBulkUpdateOutcomes } from '../api/bulk-update-outcomes';
import { useProjectOutcomes } from '../api/get-project-outcomes';
import { staleCurrent, useUpdateOutcome } from '../api/update-outcome';
import { useLinkedOutcome } from '../hooks/use-linked-outcome';
import { isFiltered, parseOutcomeFilters, writeOutcomeFilters, type OutcomeFilters } from '../utils/outcome-filters';
import { BulkActionBar } from './bulk-action-bar';
import { DuplicatesDrawer } from './duplicates-drawer';
import { EditOutcomeModal } from './edit-outcome-modal';
import { type FilterOption, OutcomeFiltersBar } from './outcome-filters-bar';
import { OutcomeDetailDrawer } from './outcome-detail-drawer';
import { type RowCommand, OutcomesList } from './outcomes-list';
import { ShortcutsHint, ShortcutsLegend } from './shortcuts-legend';

type OutcomesBrowserProps = {
  projectId: string;
  jobStepOptions: FilterOption[];
  personaOptions: FilterOption[];
  canWrite: boolean;
  emptyAction?: ReactNode;
};

export const STALE_NOTICE = 'Changed by someone else — showing the latest';

/** Filters (in the URL), the outcome list with keyboard triage, bulk actions, the editor and the detail drawer. */
export function OutcomesBrowser({ projectId, jobStepOptions, personaOptions, canWrite, emptyAction }: OutcomesBrowserProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const urlFilters = parseOutcomeFilters(searchParams);
  const [debouncedSearch] = useDebouncedValue(urlFilters.q, 300);
  const filters: OutcomeFilters = { ...urlFilters, q: debouncedSearch };
  const outcomes = useProjectOutcomes(projectId, filters);
  const update = useUpdateOutcome();
  const bulk = useBulkUpdateOutcomes(projectId);

  const [activeId, setActiveId] = useState<string | null>(null);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<Outcome | null>(null);
  const [detail, setDetail] = useState<Outcome | null>(null);
  const linked = useLinkedOutcome();
  const [legendOpen, setLegendOpen] = useState(false);
  const [duplicatesOpen, setDuplicatesOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const jobStepNames = useMemo(() => Object.fromEntries(jobStepOptions.map((option) => [option.value, option.label])), [jobStepOptions]);
  const items = useMemo(() => outcomes.data?.pages.flatMap((page) => page.items) ?? [], [outcomes.data]);
  const latest = (outcome: Outcome) => items.find((item) => item.id === outcome.id) ?? outcome;

  const changeFilters = (patch: Partial<OutcomeFilters>) => {
    setSearchParams((previous) => writeOutcomeFilters(previous, patch), { replace: true });
    if (patch.q === undefined) setSelectedIds(new Set());
  };

  const toggle = (outcomeId: string) =>
    setSelectedIds((previous) => {
      const next = new Set(previous);
      if (next.has(outcomeId)) next.delete(outcomeId);
      else next.add(outcomeId);
      return next;
    });

  const setStatus = (outcome: Outcome, status: Extract<OutcomeStatus, 'accepted' | 'rejected'>) => {
    if (outcome.status === status) return;
    if (outcome.status === 'merged') {
      notifications.show({ color: 'yellow', message: `${outcome.key} was merged into another outcome and cannot be ${status}.` });
      return;
    }
    update.mutate(
      { outcomeId: outcome.id, status, version: outcome.version },
      {
        onSuccess: (saved) => setAnnouncement(`${saved.key} ${saved.status}`),
        onError: (error) => {
          const current = staleCurrent(error);
          if (current) notifications.show({ color: 'yellow', title: STALE_NOTICE, message: `${current.key} was changed meanwhile: review it and try again.`, autoClose: 6000 });
          else notifyError(error, `Could not update ${outcome.key}`);
        },
      },
    );
  };

  const onCommand = (command: RowCommand, row: Outcome | null) => {
    if (command === 'help') {
      setLegendOpen(true);
      return;
    }
    if (!row) return;
    const outcome = latest(row);
    setActiveId(outcome.id);
    if (command === 'open') setDetail(outcome);
    if (!canWrite) return;
    if (command === 'accept') setStatus(outcome, 'accepted');
    else if (command === 'reject') setStatus(outcome, 'rejected');
    else if (command === 'edit' && outcome.status !== 'merged') setEditing(outcome);
    else if (command === 'toggle') toggle(outcome.id);
  };

  const runBulk = (body: BulkOutcomesRequest) =>
    bulk.mutate(body, {
      onSuccess: (result) => {
        const skipped = result.skipped.length > 0 ? `; skipped ${result.skipped.map((entry) => `${entry.key} (${entry.reason})`).join(', ')}` : '';
        notifySuccess(`Updated ${pluralize(result.updated, 'outcome')}${skipped}`);
        setSelectedIds(new Set());
      },
      onError: (error) => notifyError(error, 'The bulk change did not apply'),
    });

  const selectedIdList = [...selectedIds];
  const allLoadedSelected = items.length > 0 && items.every((item) => selectedIds.has(item.id));

  let content: ReactNode;
  if (outcomes.isPending) content = <LoadingState label="Loading outcomes" />;
  else if (outcomes.isError) content = <ErrorState error={outcomes.error} onRetry={() => void outcomes.refetch()} title="Could not load the outcomes" />;
  else if (items.length === 0)
    content = isFiltered(filters) ? (
      <EmptyState title="No outcomes match" description="Try other words or clear the filters." />
    ) : (
      <EmptyState title="No outcomes yet" description="Extract outcomes from the project's interviews, then curate them here." action={emptyAction} />
    );
  else
    content = (
      <OutcomesList
        items={items}
        pages={outcomes}
        jobStepNames={jobStepNames}
        activeId={activeId}
        onActiveChange={setActiveId}
        selectedIds={selectedIds}
        canWrite={canWrite}
        onCommand={onCommand}
      />
    );

  return (
    <>
      <OutcomeFiltersBar
        filters={urlFilters}
        search={urlFilters.q}
        searching={urlFilters.q !== debouncedSearch}
        jobStepOptions={jobStepOptions}
        personaOptions={personaOptions}
        onChange={changeFilters}
      />
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            {canWrite && items.length > 0 ? (
              <Checkbox
                size="xs"
                label="Select all loaded"
                checked={allLoadedSelected}
                indeterminate={!allLoadedSelected && selectedIds.size > 0}
                onChange={() => setSelectedIds(allLoadedSelected ? new Set() : new Set(items.map((item) => item.id)))}
              />
            ) : null}
            <ShortcutsHint />
          </Group>
          <Group gap="xs">
            <Button size="compact-sm" variant="subtle" leftSection={<IconCopy size={14} aria-hidden />} onClick={() => setDuplicatesOpen(true)}>
              Duplicates
            </Button>
            <Button size="compact-sm" variant="subtle" leftSection={<IconKeyboard size={14} aria-hidden />} onClick={() => setLegendOpen(true)}>
              Shortcuts
            </Button>
          </Group>
        </Group>
        {canWrite && selectedIds.size > 0 ? (
          <BulkActionBar
            count={selectedIds.size}
            jobStepOptions={jobStepOptions}
            pending={bulk.isPending}
            onAccept={() => runBulk({ action: 'accept', ids: selectedIdList })}
            onReject={() => runBulk({ action: 'reject', ids: selectedIdList })}
            onAssign={(jobStepId) => runBulk({ action: 'assignJobStep', ids: selectedIdList, jobStepId })}
            onClear={() => setSelectedIds(new Set())}
          />
        ) : null}
        {content}
      </Stack>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <ShortcutsLegend opened={legendOpen} onClose={() => setLegendOpen(false)} />
      <DuplicatesDrawer projectId={projectId} opened={duplicatesOpen} canWrite={canWrite} onClose={() => setDuplicatesOpen(false)} />
      <EditOutcomeModal outcome={editing} jobStepOptions={jobStepOptions} onClose={() => setEditing(null)} />
      <OutcomeDetailDrawer
        outcome={detail ?? linked.outcome}
        jobStepNames={jobStepNames}
        canWrite={canWrite}
        onEdit={(outcome) => {
          const listed = latest(outcome);
          setDetail(null);
          linked.clear();
          setEditing(listed.version > outcome.version ? listed : outcome);
        }}
        onClose={() => {
          setDetail(null);
          linked.clear();
        }}
      />
    </>
  );
}
