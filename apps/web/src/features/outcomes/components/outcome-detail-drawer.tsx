import { Anchor, Badge, Blockquote, Button, Drawer, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import type { Outcome, OutcomeHistoryEntry } from '@outcome-atlas/contracts';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { paths } from '../../../config/paths';
import { formatDateTime, pluralize } from '../../../lib/format';
import { useOutcome } from '../api/get-outcome';
import { useOutcomeHistory } from '../api/get-outcome-history';
import { DuplicateBadge, OfflineBadge } from '../../../components/outcome-badges';
import { LintCountBadge, OutcomeStatusBadge, STATUS_LABELS } from './outcome-badges';
import { OutcomeChainSection } from './outcome-chain-section';
import { UnmergeSection } from './unmerge-section';

type OutcomeDetailDrawerProps = {
  outcome: Outcome | null;
  jobStepNames: Record<string, string>;
  canWrite: boolean;
  onEdit: (outcome: Outcome) => void;
  onClose: () => void;
};

export function OutcomeDetailDrawer({ outcome, jobStepNames, canWrite, onEdit, onClose }: OutcomeDetailDrawerProps) {
  return (
    <Drawer opened={outcome !== null} onClose={onClose} closeButtonProps={{ 'aria-label': 'Close' }} position="right" size="lg" title={outcome ? `Outcome ${outcome.key}` : 'Outcome'}>
      {outcome ? <OutcomeDetail key={outcome.id} initial={outcome} jobStepNames={jobStepNames} canWrite={canWrite} onEdit={onEdit} /> : null}
    </Drawer>
  );
}

function OutcomeDetail({ initial, jobStepNames, canWrite, onEdit }: { initial: Outcome; jobStepNames: Record<string, string>; canWrite: boolean; onEdit: (outcome: Outcome) => void }) {
  const query = useOutcome(initial.id, initial);
  const outcome = query.data ?? initial;
  const stepName = outcome.jobStepId ? (jobStepNames[outcome.jobStepId] ?? 'Unknown step') : null;

  return (
    <Stack gap="md">
      <Text fw={600} style={{ whiteSpace: 'pre-wrap' }} data-testid="detail-statement">
        {outcome.statement}
      </Text>
      <Group gap={6}>
        <OutcomeStatusBadge status={outcome.status} />
        {outcome.origin.provider === 'offline' ? <OfflineBadge /> : null}
        <Badge color="gray" variant="light" size="sm" tt="none">
          {stepName ? `Step: ${stepName}` : 'No job step'}
        </Badge>
        {outcome.confidence !== null ? (
          <Badge color="gray" variant="transparent" size="sm" tt="none">
            {Math.round(outcome.confidence * 100)}% confidence
          </Badge>
        ) : null}
        {outcome.possibleDuplicateOf ? <DuplicateBadge duplicate={outcome.possibleDuplicateOf} /> : null}
        <LintCountBadge issues={outcome.lintIssues} />
        <Badge color="gray" variant="transparent" size="sm" tt="none">
          Version {outcome.version}
        </Badge>
      </Group>
      <UnmergeSection outcome={outcome} canWrite={canWrite} />
      {canWrite && outcome.status !== 'merged' ? (
        <Group>
          <Button size="xs" variant="light" onClick={() => onEdit(outcome)}>
            Edit statement
          </Button>
        </Group>
      ) : null}

      <section aria-labelledby="outcome-evidence-heading">
        <Title order={3} size="h5" id="outcome-evidence-heading" mb="xs">
          Evidence ({pluralize(outcome.evidence.length, 'quote')})
        </Title>
        {outcome.evidence.length === 0 ? (
          <Text size="sm" c="dimmed">
            No quotes: this outcome was written by hand.
          </Text>
        ) : (
          <Stack gap="xs">
            {outcome.evidence.map((evidence) => (
              <Blockquote key={evidence.id} p="sm" color="gray">
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  “{evidence.quote}”
                </Text>
                <Anchor component={Link} to={paths.interviewEvidence(outcome.projectId, evidence.interviewId, outcome.id)} size="xs">
                  Open the interview
                </Anchor>
              </Blockquote>
            ))}
          </Stack>
        )}
      </section>

      <OutcomeChainSection projectId={outcome.projectId} outcomeId={outcome.id} />

      <section aria-labelledby="outcome-history-heading">
        <Title order={3} size="h5" id="outcome-history-heading" mb="xs">
          History
        </Title>
        <OutcomeHistory outcome={outcome} jobStepNames={jobStepNames} />
      </section>
    </Stack>
  );
}

const ACTION_LABELS: Partial<Record<OutcomeHistoryEntry['action'], string>> & Record<string, string> = {
  created: 'Created',
  updated: 'Edited',
  status_changed: 'Status changed',
  merged_into: 'Merged into another outcome',
  merged_from: 'Another outcome merged in',
  unmerged: 'Merge undone',
};
const actionLabel = (action: string) => ACTION_LABELS[action] ?? action.replaceAll('_', ' ');
const FIELD_LABELS: Record<string, string> = { statement: 'Statement', status: 'Status', jobStepId: 'Job step', mergedInto: 'Merged into', mergedFrom: 'Merged from', evidenceCount: 'Quotes' };

function describeValue(field: string, value: unknown, jobStepNames: Record<string, string>): string {
  if (value === null || value === undefined) return field === 'jobStepId' ? 'no job step' : '—';
  if (field === 'status' && typeof value === 'string' && value in STATUS_LABELS) return STATUS_LABELS[value as keyof typeof STATUS_LABELS];
  if (field === 'jobStepId' && typeof value === 'string') return jobStepNames[value] ?? 'a deleted step';
  if (typeof value === 'object' && 'key' in value && typeof value.key === 'string') return value.key;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function OutcomeHistory({ outcome, jobStepNames }: { outcome: Outcome; jobStepNames: Record<string, string> }) {
  const history = useOutcomeHistory(outcome.id);
  if (history.isPending) return <LoadingState label="Loading the history" rows={2} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} title="Could not load the history" />;
  const entries = history.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) return <Text size="sm" c="dimmed">No changes recorded.</Text>;

  return (
    <>
      <Timeline bulletSize={14} lineWidth={2} aria-label="History" role="list">
        {entries.map((entry) => (
          <Timeline.Item key={entry.id} role="listitem" title={actionLabel(entry.action)}>
            <Text size="xs" c="dimmed">
              {formatDateTime(entry.at)} · {entry.actor ? entry.actor.name : entry.extractionJobId ? 'Extraction' : 'A deleted account'}
              {entry.extractionJobId ? (
                <>
                  {' · '}
                  <Anchor component={Link} to={paths.extractionJobs(outcome.projectId)} size="xs">
                    from an extraction job
                  </Anchor>
                </>
              ) : null}
            </Text>
            {Object.entries(entry.changes).map(([field, change]) => (
              <Text key={field} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {FIELD_LABELS[field] ?? field}:{' '}
                {entry.action === 'created' || change.from === null
                  ? describeValue(field, change.to, jobStepNames)
                  : `${describeValue(field, change.from, jobStepNames)} → ${describeValue(field, change.to, jobStepNames)}`}
              </Text>
            ))}
          </Timeline.Item>
        ))}
      </Timeline>
      {history.hasNextPage ? (
        <Button size="xs" variant="subtle" mt="xs" loading={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
          Older changes
        </Button>
      ) : null}
    </>
  );
}
