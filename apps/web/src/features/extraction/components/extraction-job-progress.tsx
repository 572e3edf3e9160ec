import { Anchor, Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { ExtractionJob } from '@outcome-atlas/contracts';
import { IconPlayerStop, IconRefresh } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useCancelExtractionJob } from '../api/cancel-extraction-job';
import { useExtractionJob } from '../api/get-extraction-job';
import { useRetryExtractionJob } from '../api/retry-extraction-job';
import { useFinishedJobNotices } from '../hooks/use-finished-job-notices';
import { canCancelJob, canRetryJob, finishedSummary, isJobActive, isRetrying, progressLabel, progressPercent, STATUS_COLORS } from '../utils/job-progress';
import { JobStatusBadge, ProviderBadge } from './extraction-badges';

type ExtractionJobProgressProps = {
  job: ExtractionJob;
  canWrite: boolean;
  /** Name the interview (and link to it) when the job is shown outside its reader. */
  showInterview?: boolean;
};

/** Status, a progress bar ("Chunk 3 of 7"), the outcome of a finished job, its error, and Retry / Cancel. */
export function ExtractionJobProgress({ job, canWrite, showInterview = false }: ExtractionJobProgressProps) {
  const cancel = useCancelExtractionJob();
  const retry = useRetryExtractionJob();
  const label = progressLabel(job);

  return (
    <Stack gap={6} aria-label={`Extraction of ${job.interviewTitle}`} role="group">
      <Group justify="space-between" wrap="nowrap" align="center">
        <Group gap={6} wrap="wrap" style={{ minWidth: 0 }}>
          {showInterview ? (
            <Anchor component={Link} to={paths.interview(job.projectId, job.interviewId)} size="sm" fw={500} truncate>
              {job.interviewTitle}
            </Anchor>
          ) : null}
          <JobStatusBadge status={job.status} />
          <ProviderBadge provider={job.provider} model={job.model} />
        </Group>
        {canWrite ? (
          <Group gap={4} wrap="nowrap">
            {canRetryJob(job) ? (
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconRefresh size={14} aria-hidden />}
                loading={retry.isPending}
                onClick={() => retry.mutate(job)}
                aria-label={`Retry extraction of ${job.interviewTitle}`}
              >
                Retry
              </Button>
            ) : null}
            {canCancelJob(job) ? (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                leftSection={<IconPlayerStop size={14} aria-hidden />}
                loading={cancel.isPending}
                onClick={() => cancel.mutate(job)}
                aria-label={`Cancel job for ${job.interviewTitle}`}
              >
                Cancel job
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Group>
      <Progress
        value={progressPercent(job)}
        color={STATUS_COLORS[job.status] === 'gray' ? undefined : STATUS_COLORS[job.status]}
        animated={job.status === 'running'}
        aria-label={`Extraction progress: ${label}`}
        size="md"
      />
      <Text size="xs" c="dimmed" data-testid="job-progress-label">
        {label}
        {job.status === 'succeeded' ? ` · ${finishedSummary(job)}` : null}
        {isJobActive(job) && job.outcomesCreated > 0 ? ` · ${job.outcomesCreated} so far` : null}
      </Text>
      {job.error ? (
        <Text size="xs" c={isRetrying(job) ? 'yellow.8' : 'red'} role={job.status === 'failed' ? 'alert' : undefined}>
          {isRetrying(job) ? 'Retrying: ' : 'Error: '}
          {job.error.message}
        </Text>
      ) : null}
    </Stack>
  );
}

/** One job polled about once a second while it runs; announces how it finished. */
export function LiveExtractionJob({ jobId, initialJob, canWrite, showInterview }: { jobId: string; initialJob?: ExtractionJob; canWrite: boolean; showInterview?: boolean }) {
  const job = useExtractionJob(jobId, initialJob);
  const watched = useMemo(() => (job.data ? [job.data] : []), [job.data]);
  useFinishedJobNotices(watched);
  if (!job.data) {
    return (
      <Text size="sm" c="dimmed">
        {job.isError ? 'Could not load the job’s progress.' : 'Loading progress…'}
      </Text>
    );
  }
  return <ExtractionJobProgress job={job.data} canWrite={canWrite} showInterview={showInterview} />;
}
