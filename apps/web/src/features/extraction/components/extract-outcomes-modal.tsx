import { Alert, Anchor, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import type { ExtractionEstimate, ExtractionProvider, StartExtractionsResponse } from '@outcome-atlas/contracts';
import { IconAlertTriangle, IconInfoCircle, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { AppModal } from '../../../components/app-modal';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { paths } from '../../../config/paths';
import { errorMessage, isApiError } from '../../../lib/api-error';
import { formatNumber, pluralize } from '../../../lib/format';
import { useInterviewExtractionEstimate } from '../api/estimate-interview-extraction';
import { useProjectExtractionEstimate } from '../api/estimate-project-extraction';
import { useStartInterviewExtraction } from '../api/start-interview-extraction';
import { useStartProjectExtraction } from '../api/start-project-extraction';
import { formatUsd } from '../utils/job-progress';
import { OFFLINE_EXPLANATION } from '../../../components/outcome-badges';
import { LiveExtractionJob } from './extraction-job-progress';

export type ExtractionScope =
  | { kind: 'interview'; projectId: string; interviewId: string; title: string }
  /** `interviewCount`, when known, tells an empty project apart from one that is fully extracted. */
  | { kind: 'project'; projectId: string; interviewCount?: number };

type ExtractOutcomesModalProps = {
  scope: ExtractionScope;
  opened: boolean;
  onClose: () => void;
  canWrite: boolean;
  /** Called once the server has queued the jobs. */
  onStarted?: (result: StartExtractionsResponse) => void;
};

/** Jobs shown with live progress in the dialog; the rest are on the jobs page. */
const SHOWN_JOBS = 5;

const PROVIDER_OPTIONS: { value: ExtractionProvider; label: string }[] = [
  { value: 'offline', label: 'Offline suggestions' },
  { value: 'openai', label: 'AI model' },
];

export function ExtractOutcomesModal({ scope, opened, onClose, canWrite, onStarted }: ExtractOutcomesModalProps) {
  return (
    <AppModal opened={opened} onClose={onClose} title="Extract outcomes" size="lg" closeButtonProps={{ 'aria-label': 'Close extraction dialog' }}>
      {opened ? <ExtractOutcomesBody scope={scope} onClose={onClose} canWrite={canWrite} onStarted={onStarted} /> : null}
    </AppModal>
  );
}

/** Mounted while the dialog is open, so each opening starts from a fresh estimate. */
function ExtractOutcomesBody({ scope, onClose, canWrite, onStarted }: Omit<ExtractOutcomesModalProps, 'opened'>) {
  const [provider, setProvider] = useState<ExtractionProvider | undefined>(undefined);
  const [started, setStarted] = useState<StartExtractionsResponse | null>(null);
  const isInterview = scope.kind === 'interview';
  const interviewId = isInterview ? scope.interviewId : '';
  const interviewEstimate = useInterviewExtractionEstimate(interviewId, provider, { enabled: isInterview && started === null });
  const projectEstimate = useProjectExtractionEstimate(scope.projectId, provider, { enabled: !isInterview && started === null });
  const startInterview = useStartInterviewExtraction(interviewId);
  const startProject = useStartProjectExtraction(scope.projectId);
  const estimate = isInterview ? interviewEstimate : projectEstimate;
  const start = isInterview ? startInterview : startProject;

  if (started) return <StartedJobs scope={scope} result={started} canWrite={canWrite} onClose={onClose} />;

  const chosen = provider ?? estimate.data?.provider;
  const notConfigured = isApiError(estimate.error) && estimate.error.code === 'OPENAI_NOT_CONFIGURED';
  const nothingToDo = estimate.data?.interviews === 0;

  const submit = () => {
    start.mutate(provider ? { provider } : {}, {
      onSuccess: (result) => {
        setStarted(result);
        onStarted?.(result);
      },
    });
  };

  return (
    <Stack gap="md">
      <Text size="sm">
        {isInterview ? (
          <>
            Propose desired outcomes from <strong>{scope.title}</strong>, each with the quotes it rests on.
          </>
        ) : (
          'Propose desired outcomes from every interview of this project not yet extracted, each with the quotes it rests on.'
        )}{' '}
        Extraction runs in the background; you can close this dialog while it runs.
      </Text>
      {chosen ? (
        <SegmentedControl
          aria-label="Extractor"
          data={PROVIDER_OPTIONS}
          value={chosen}
          onChange={(value) => setProvider(value as ExtractionProvider)}
          disabled={start.isPending}
        />
      ) : null}
      {estimate.isPending && !notConfigured ? <LoadingState label="Loading the estimate" rows={3} /> : null}
      {notConfigured ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title="No AI model is configured" role="alert">
          This server has no OpenAI API key, so only offline suggestions are available. Choose “Offline suggestions” above, or ask an administrator to set
          OPENAI_API_KEY.
        </Alert>
      ) : estimate.isError ? (
        <ErrorState error={estimate.error} onRetry={() => void estimate.refetch()} title="Could not estimate the extraction" />
      ) : null}
      {estimate.data && !estimate.isError ? <EstimateSummary estimate={estimate.data} scope={scope.kind} /> : null}
      {estimate.data?.provider === 'offline' && !estimate.isError ? (
        <Alert color="grape" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} title="Offline suggestions, not AI">
          {OFFLINE_EXPLANATION} Running it again on the same transcript gives the same suggestions.
        </Alert>
      ) : null}
      {nothingToDo && scope.kind === 'project' ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} role="status">
          {scope.interviewCount === 0
            ? 'Nothing to extract: this project has no interviews yet. Upload transcripts first.'
            : 'Nothing to extract: every interview in this project has already been extracted with this extractor, or is being extracted now.'}
        </Alert>
      ) : null}
      {start.isError ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title="Could not start the extraction" role="alert">
          {errorMessage(start.error)}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          leftSection={<IconSparkles size={16} aria-hidden />}
          onClick={submit}
          loading={start.isPending}
          disabled={!canWrite || !estimate.data || estimate.isError || estimate.isFetching || nothingToDo}
        >
          Start extraction
        </Button>
      </Group>
    </Stack>
  );
}

function EstimateSummary({ estimate, scope }: { estimate: ExtractionEstimate; scope: ExtractionScope['kind'] }) {
  const offline = estimate.provider === 'offline';
  const rows: [string, string][] = [
    ['Extractor', offline ? `Offline suggestions (${estimate.model})` : estimate.model],
    [scope === 'project' ? 'Interviews not yet extracted' : 'Interviews', formatNumber(estimate.interviews)],
    ['Words', formatNumber(estimate.words)],
    [offline ? 'Chunks (no model calls)' : 'Model calls (chunks)', formatNumber(estimate.chunks)],
    ['Prompt tokens', offline ? '0, nothing is sent' : `≈ ${formatNumber(estimate.promptTokens)}`],
    ['Completion tokens', offline ? '0' : `≈ ${formatNumber(estimate.completionTokens)}`],
    ['Cost', estimate.costUsd === null ? 'Free, runs offline' : `≈ ${formatUsd(estimate.costUsd)}`],
  ];
  return (
    <Table variant="vertical" withTableBorder layout="fixed" aria-label="Extraction estimate">
      <Table.Tbody>
        {rows.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th w="45%">{name}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function StartedJobs({ scope, result, canWrite, onClose }: { scope: ExtractionScope; result: StartExtractionsResponse; canWrite: boolean; onClose: () => void }) {
  const { jobs, skipped } = result;
  const shown = jobs.slice(0, SHOWN_JOBS);
  return (
    <Stack gap="md">
      {jobs.length === 0 ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} role="status">
          Nothing was started: every interview has already been extracted with this extractor, or is being extracted now.
        </Alert>
      ) : (
        <Text size="sm" role="status">
          {scope.kind === 'interview'
            ? skipped > 0
              ? 'This interview is already being extracted; here is that extraction’s progress.'
              : 'Extraction started. Outcomes appear beside the transcript when it finishes.'
            : `Started ${pluralize(jobs.length, 'extraction')}${skipped > 0 ? ` (${pluralize(skipped, 'interview')} already extracted or under way)` : ''}.`}
        </Text>
      )}
      <Stack gap="md">
        {shown.map((job) => (
          <LiveExtractionJob key={job.id} jobId={job.id} initialJob={job} canWrite={canWrite} showInterview={scope.kind === 'project'} />
        ))}
      </Stack>
      {jobs.length > shown.length ? (
        <Text size="sm" c="dimmed">
          and {pluralize(jobs.length - shown.length, 'more extraction')}.
        </Text>
      ) : null}
      <Group justify="space-between">
        <Anchor component={Link} to={paths.extractionJobs(scope.projectId)} size="sm" onClick={onClose}>
          Open extraction jobs
        </Anchor>
        <Button onClick={onClose}>Close</Button>
      </Group>
    </Stack>
  );
}
