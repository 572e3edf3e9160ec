import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/page-states';
import { paths } from '../../config/paths';
import { useInterview } from '../../features/highlights/api/get-interview';
import { InterviewReader } from '../../features/highlights/components/interview-reader';
import { DeleteInterviewButton } from '../../features/interviews/components/delete-interview-button';
import { useProject } from '../../features/projects/api/get-project';
import { useTags } from '../../features/tags/api/get-tags';
import { formatDate, pluralize } from '../../lib/format';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

export function InterviewReaderRoute() {
  const { interviewId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { workspace } = useShell();
  const interview = useInterview(interviewId);
  const tags = useTags(interview.data?.projectId);
  const project = useProject(interview.data?.projectId);
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
            <DeleteInterviewButton interviewId={data.id} projectId={data.projectId} title={data.title} onDeleted={() => void navigate(paths.interviews(data.projectId), { replace: true })} />
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
      <InterviewReader
        interview={data}
        availableTags={(tags.data ?? []).map((tag) => ({ id: tag.id, name: tag.name, color: tag.color }))}
        canWrite={writable}
        focusHighlightId={searchParams.get('highlight')}
      />
    </Stack>
  );
}
