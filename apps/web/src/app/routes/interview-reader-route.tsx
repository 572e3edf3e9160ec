import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { InterviewDetail, Outcome } from '@outcome-atlas/contracts';
import { IconArrowLeft, IconSparkles } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/page-states';
import { paths } from '../../config/paths';
import { useInterviewOutcomes } from '../../features/extraction/api/get-interview-outcomes';
import { ExtractOutcomesModal } from '../../features/extraction/components/extract-outcomes-modal';
import { ProposedOutcomesPanel } from '../../features/extraction/components/proposed-outcomes-panel';
import { useInterview } from '../../features/highlights/api/get-interview';
import { type EvidenceFocus, HIGHLIGHTS_TAB, InterviewReader } from '../../features/highlights/components/interview-reader';
import { DeleteInterviewButton } from '../../features/interviews/components/delete-interview-button';
import { outcomeQueryOptions } from '../../features/outcomes/api/get-outcome';
import { jobStepsQueryOptions } from '../../features/projects/api/get-job-steps';
import { useProject } from '../../features/projects/api/get-project';
import { useTags } from '../../features/tags/api/get-tags';
import { formatDate, pluralize } from '../../lib/format';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

const OUTCOMES_TAB = 'outcomes';
/** `?outcome=<id>` opens the reader on that outcome's quotes (e.g. from the evidence in its details). */
const OUTCOME_PARAM = 'outcome';

export function InterviewReaderRoute() {
  const { interviewId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { workspace } = useShell();
  const interview = useInterview(interviewId);
  const project = useProject(interview.data?.projectId);
  const [extracting, setExtracting] = useState(false);
  const linkedOutcomeId = searchParams.get(OUTCOME_PARAM);
  const [tab, setTab] = useState(linkedOutcomeId ? OUTCOMES_TAB : HIGHLIGHTS_TAB);
  usePageTitle(interview.data?.title ?? 'Interview', project.data?.name);

  if (interview.isPending) return <LoadingState label="Loading interview" rows={8} />;
  if (interview.isError) return <ErrorState error={interview.error} onRetry={() => void interview.refetch()} title="Could not load this interview" />;

  const data = interview.data;
  const writable = canWrite(workspace);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to={paths.interviews(data.projectId)} size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden />
            All interviews
          </Group>
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <Title order={1} size="h2" tabIndex={-1}>
            {data.title}
          </Title>
          {writable ? (
            <Group gap="sm">
              <Button variant="light" leftSection={<IconSparkles size={16} aria-hidden />} onClick={() => setExtracting(true)}>
                Extract outcomes
              </Button>
              <DeleteInterviewButton interviewId={data.id} projectId={data.projectId} title={data.title} onDeleted={() => void navigate(paths.interviews(data.projectId), { replace: true })} />
            </Group>
          ) : null}
        </Group>
        <Group gap="xs">
          {data.participant.pseudonym ? <Badge variant="light">{data.participant.pseudonym}</Badge> : null}
          <Text size="sm" c="dimmed">
            {[data.interviewer ? `Interviewer: ${data.interviewer}` : null, formatDate(data.interviewDate ?? data.createdAt), pluralize(data.wordCount, 'word'), `.${data.format}`]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Group>
      </Stack>
      <ReaderWithOutcomes
        key={data.id}
        interview={data}
        writable={writable}
        focusHighlightId={searchParams.get('highlight')}
        linkedOutcomeId={linkedOutcomeId}
        tab={tab}
        onTabChange={setTab}
        onExtract={() => setExtracting(true)}
      />
      {writable ? (
        <ExtractOutcomesModal
          scope={{ kind: 'interview', projectId: data.projectId, interviewId: data.id, title: data.title }}
          opened={extracting}
          onClose={() => setExtracting(false)}
          canWrite={writable}
          onStarted={() => setTab(OUTCOMES_TAB)}
        />
      ) : null}
    </Stack>
  );
}

type ReaderWithOutcomesProps = {
  interview: InterviewDetail;
  writable: boolean;
  focusHighlightId: string | null;
  /** An outcome to show at first, its quotes marked, until the reader selects another. */
  linkedOutcomeId: string | null;
  tab: string;
  onTabChange: (tab: string) => void;
  onExtract: () => void;
};

/** The transcript with highlights, and the proposed outcomes whose evidence it marks. Keyed by interview. */
function ReaderWithOutcomes({ interview, writable, focusHighlightId, linkedOutcomeId, tab, onTabChange, onExtract }: ReaderWithOutcomesProps) {
  const tags = useTags(interview.projectId);
  const jobSteps = useQuery({ ...jobStepsQueryOptions(interview.projectId), enabled: Boolean(interview.projectId) });
  const outcomes = useInterviewOutcomes(interview.id);
  const linked = useQuery({ ...outcomeQueryOptions(linkedOutcomeId ?? ''), enabled: linkedOutcomeId !== null });
  const [chosen, setChosen] = useState<{ outcome: Outcome; requestId: number } | null>(null);
  const selected = useMemo(() => chosen ?? (linked.data ? { outcome: linked.data, requestId: 0 } : null), [chosen, linked.data]);

  const jobStepNames = useMemo(() => Object.fromEntries((jobSteps.data ?? []).map((step) => [step.id, step.name])), [jobSteps.data]);
  const evidence = useMemo<EvidenceFocus | null>(
    () =>
      selected
        ? {
            spans: selected.outcome.evidence.filter((span) => span.interviewId === interview.id),
            label: `Evidence for ${selected.outcome.key}`,
            requestId: selected.requestId,
          }
        : null,
    [selected, interview.id],
  );
  const outcomeCount = outcomes.data?.pages.reduce((sum, page) => sum + page.items.length, 0) ?? 0;

  return (
    <InterviewReader
      interview={interview}
      availableTags={(tags.data ?? []).map((tag) => ({ id: tag.id, name: tag.name, color: tag.color }))}
      canWrite={writable}
      focusHighlightId={focusHighlightId}
      evidence={evidence}
      activeTab={tab}
      onTabChange={onTabChange}
      extraTabs={[
        {
          value: OUTCOMES_TAB,
          label: (
            <Group gap={6} wrap="nowrap" component="span">
              Outcomes
              {outcomeCount > 0 ? (
                <Badge size="xs" variant="light" circle={outcomeCount < 10}>
                  {outcomeCount}
                </Badge>
              ) : null}
            </Group>
          ),
          content: (
            <ProposedOutcomesPanel
              interviewId={interview.id}
              projectId={interview.projectId}
              jobStepNames={jobStepNames}
              activeOutcomeId={selected?.outcome.id ?? null}
              onSelect={(outcome) => setChosen((previous) => ({ outcome, requestId: (previous?.requestId ?? 0) + 1 }))}
              canWrite={writable}
              onExtract={onExtract}
            />
          ),
        },
      ]}
    />
  );
}
