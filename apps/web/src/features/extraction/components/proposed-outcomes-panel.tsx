import { Button, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ExtractionJob, Outcome } from '@outcome-atlas/contracts';
import { IconSparkles } from '@tabler/icons-react';
import type { KeyboardEvent, ReactNode } from 'react';
import { LoadMoreButton } from '../../../components/load-more-button';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { formatDateTime, pluralize } from '../../../lib/format';
import { useLatestInterviewJob } from '../api/get-extraction-jobs';
import { useInterviewOutcomes } from '../api/get-interview-outcomes';
import { finishedSummary, providerLabel } from '../utils/job-progress';
import { LiveExtractionJob } from './extraction-job-progress';
import { OutcomeListItem } from './outcome-list-item';

type ProposedOutcomesPanelProps = {
  interviewId: string;
  projectId: string;
  /** Job step names by id, to name the step each outcome belongs to. */
  jobStepNames: Record<string, string>;
  activeOutcomeId: string | null;
  onSelect: (outcome: Outcome) => void;
  canWrite: boolean;
  onExtract: () => void;
};

/** The interview's proposed outcomes beside the transcript, with the progress of its latest extraction. */
export function ProposedOutcomesPanel({ interviewId, projectId, jobStepNames, activeOutcomeId, onSelect, canWrite, onExtract }: ProposedOutcomesPanelProps) {
  const outcomes = useInterviewOutcomes(interviewId);
  const latestJob = useLatestInterviewJob(projectId, interviewId);

  const extractButton = canWrite ? (
    <Button variant="light" size="xs" leftSection={<IconSparkles size={14} aria-hidden />} onClick={onExtract}>
      Extract outcomes
    </Button>
  ) : undefined;

  return (
    <Stack gap="sm">
      {latestJob.data ? <LatestJob job={latestJob.data} canWrite={canWrite} /> : null}
      {outcomes.isPending ? (
        <LoadingState label="Loading outcomes" rows={3} />
      ) : outcomes.isError ? (
        <ErrorState error={outcomes.error} onRetry={() => void outcomes.refetch()} title="Could not load the outcomes" />
      ) : (
        <OutcomeList
          outcomes={outcomes.data.pages.flatMap((page) => page.items)}
          jobStepNames={jobStepNames}
          activeOutcomeId={activeOutcomeId}
          onSelect={onSelect}
          emptyAction={extractButton}
          extractionUnderway={latestJob.data?.status === 'queued' || latestJob.data?.status === 'running'}
        />
      )}
      {outcomes.data ? <LoadMoreButton hasNextPage={outcomes.hasNextPage} isFetchingNextPage={outcomes.isFetchingNextPage} onLoadMore={() => void outcomes.fetchNextPage()} /> : null}
    </Stack>
  );
}

/** Live progress while the latest extraction runs or after it failed; a one-line summary once it succeeded. */
function LatestJob({ job, canWrite }: { job: ExtractionJob; canWrite: boolean }) {
  if (job.status === 'succeeded') {
    return (
      <Text size="xs" c="dimmed">
        Last extraction {formatDateTime(job.finishedAt)} · {providerLabel(job.provider, job.model)} · {finishedSummary(job)}
      </Text>
    );
  }
  return <LiveExtractionJob key={job.id} jobId={job.id} initialJob={job} canWrite={canWrite} />;
}

type OutcomeListProps = {
  outcomes: Outcome[];
  jobStepNames: Record<string, string>;
  activeOutcomeId: string | null;
  onSelect: (outcome: Outcome) => void;
  emptyAction: ReactNode;
  extractionUnderway: boolean;
};

function OutcomeList({ outcomes, jobStepNames, activeOutcomeId, onSelect, emptyAction, extractionUnderway }: OutcomeListProps) {
  if (outcomes.length === 0) {
    return extractionUnderway ? (
      <Text size="sm" c="dimmed">
        Outcomes appear here when the extraction finishes.
      </Text>
    ) : (
      <EmptyState
        title="No outcomes yet"
        description="Extract outcomes to propose desired-outcome statements from this transcript, each with the quotes it rests on."
        action={emptyAction}
      />
    );
  }

  // Arrow keys move between outcomes; Tab still reaches every statement and badge.
  const active = outcomes.find((outcome) => outcome.id === activeOutcomeId);

  const moveFocus = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
    const list = event.currentTarget.closest('ul');
    const buttons = Array.from(list?.querySelectorAll<HTMLButtonElement>('button[data-outcome-id]') ?? []);
    const index = buttons.indexOf(event.currentTarget);
    const next =
      event.key === 'Home' ? buttons[0] : event.key === 'End' ? buttons[buttons.length - 1] : buttons[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  return (
    <Stack gap={6}>
      <Text size="sm" c="dimmed">
        {pluralize(outcomes.length, 'outcome')} with evidence here. Select one to see its quotes in the transcript.
      </Text>
      <Stack component="ul" gap="xs" aria-label="Proposed outcomes" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {outcomes.map((outcome) => (
          <OutcomeListItem
            key={outcome.id}
            outcome={outcome}
            jobStepName={outcome.jobStepId ? jobStepNames[outcome.jobStepId] : undefined}
            active={outcome.id === activeOutcomeId}
            onSelect={() => onSelect(outcome)}
            onKeyDown={moveFocus}
          />
        ))}
      </Stack>
      <VisuallyHidden role="status" aria-live="polite">
        {active ? `Showing ${pluralize(active.evidence.length, 'quote')} for ${active.key} in the transcript` : ''}
      </VisuallyHidden>
    </Stack>
  );
}
