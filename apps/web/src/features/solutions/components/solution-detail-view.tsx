import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { SOLUTION_STATUS_STYLES, SolutionStatusBadge } from '../../../components/solution-status-badge';
import { paths } from '../../../config/paths';
import { formatDateTime, formatDay } from '../../../lib/format';
import { useSolution } from '../api/get-solution';
import { DeleteSolutionButton } from './delete-solution-button';
import { SolutionFormModal } from './solution-form-modal';
import { StatusChanger } from './status-changer';
import { TargetedOpportunities } from './targeted-opportunities';

type SolutionDetailViewProps = {
  projectId: string;
  solutionId: string;
  canWrite: boolean;
  onDeleted: () => void;
  /** The before/after evaluation, composed by the route (it needs the KPI's formatting and chart). */
  evaluation: ReactNode;
};

/** One solution: its hypothesis, status, the opportunities it targets, the KPI it should move, and whether it did. */
export function SolutionDetailView({ projectId, solutionId, canWrite, onDeleted, evaluation }: SolutionDetailViewProps) {
  const solution = useSolution(projectId, solutionId);
  const [editing, setEditing] = useState(false);

  if (solution.isPending) return <LoadingState label="Loading the solution" rows={6} />;
  if (solution.isError) return <ErrorState error={solution.error} onRetry={() => void solution.refetch()} title="Could not load this solution" />;
  const data = solution.data;

  return (
    <Stack gap="lg">
      <PageHeader
        title={data.title}
        description={
          <Group gap="xs" component="span">
            <SolutionStatusBadge status={data.status} />
            <span>{`${data.shipDate ? `Ship date ${formatDay(data.shipDate)}` : 'No ship date'} · updated ${formatDateTime(data.updatedAt)}`}</span>
          </Group>
        }
        actions={
          canWrite ? (
            <>
              <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                Edit solution
              </Button>
              <DeleteSolutionButton solution={data} onDeleted={onDeleted} />
            </>
          ) : null
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="md" component="section" aria-labelledby="solution-hypothesis">
          <Stack gap="xs">
            <Title order={2} size="h5" id="solution-hypothesis">
              Hypothesis
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} c={data.hypothesis ? undefined : 'dimmed'}>
              {data.hypothesis || 'No hypothesis yet. Edit the solution to say what you expect: “If we …, then <KPI> moves by …”.'}
            </Text>
            {data.description ? (
              <>
                <Title order={3} size="h6">
                  Description
                </Title>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {data.description}
                </Text>
              </>
            ) : null}
          </Stack>
        </Card>
        <Stack gap="md">
          <Card withBorder padding="md" component="section" aria-labelledby="solution-status">
            <Stack gap="xs">
              <Title order={2} size="h5" id="solution-status">
                Status
              </Title>
              <Text size="sm" c="dimmed">
                {SOLUTION_STATUS_STYLES[data.status].label}: {SOLUTION_STATUS_STYLES[data.status].hint.toLowerCase()}
                {data.shipDate ? ` · ship date ${formatDay(data.shipDate)}` : ''}.
              </Text>
              {canWrite ? <StatusChanger key={`${data.status}-${data.shipDate ?? ''}`} solution={data} /> : null}
            </Stack>
          </Card>
          <Card withBorder padding="md" component="section" aria-labelledby="solution-expected-kpi">
            <Stack gap="xs">
              <Title order={2} size="h5" id="solution-expected-kpi">
                Expected KPI
              </Title>
              {data.expectedKpi ? (
                <Text size="sm">
                  <Anchor component={Link} to={paths.kpi(projectId, data.expectedKpi.kpiId)} size="sm">
                    {data.expectedKpi.name}
                  </Anchor>
                  {data.expectedDirection ? `, expected to ${data.expectedDirection}` : ''}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  None chosen. Choose the KPI this solution should move to evaluate it.
                </Text>
              )}
            </Stack>
          </Card>
        </Stack>
      </SimpleGrid>
      <Card withBorder padding="md" component="section" aria-labelledby="solution-targets">
        <Stack gap="xs">
          <Title order={2} size="h4" id="solution-targets">
            Targeted opportunities
          </Title>
          <TargetedOpportunities projectId={projectId} opportunities={data.outcomes} />
        </Stack>
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="solution-evaluation">
        <Stack gap="sm">
          <Title order={2} size="h4" id="solution-evaluation">
            Evaluation: before and after the ship date
          </Title>
          {evaluation}
        </Stack>
      </Card>
      {canWrite ? <SolutionFormModal projectId={projectId} opened={editing} solution={data} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} /> : null}
    </Stack>
  );
}
