import { Anchor, SimpleGrid, Stack } from '@mantine/core';
import type { ControlCentre as ControlCentreData } from '@outcome-atlas/contracts';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { paths } from '../../../config/paths';
import { useControlCentre } from '../api/get-control-centre';
import { EvaluationSpace } from './evaluation-space';
import { GapsPanel } from './gaps-panel';
import { HeadlineFigures } from './headline-figures';
import { ProblemSpace } from './problem-space';
import { SolutionSpace } from './solution-space';

/** Nothing researched, decided or measured yet: the page would be all zeros. */
function isBlank(data: ControlCentreData): boolean {
  const counts = [
    ...data.problem.byPersona.map((row) => row.interviews),
    ...Object.values(data.problem.outcomesByStatus),
    ...Object.values(data.solution.byStatus),
    data.evaluation.kpis.length,
  ];
  return counts.every((count) => count === 0);
}

/** "Where do we stand?" in one screen: the gaps first, then the problem, solution and evaluation spaces. */
export function ControlCentre({ projectId }: { projectId: string }) {
  const query = useControlCentre(projectId);
  if (query.isPending) return <LoadingState label="Loading the control centre" rows={6} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} title="Could not load the control centre" />;
  const data = query.data;
  if (isBlank(data))
    return (
      <EmptyState
        title="Nothing to show yet"
        description="Upload interviews, curate the outcomes they reveal, then link journeys, solutions and KPIs: this page shows how they connect."
        action={
          <Anchor component={Link} to={paths.interviews(projectId)}>
            Go to the interviews
          </Anchor>
        }
      />
    );

  return (
    <Stack gap="xl">
      <HeadlineFigures data={data} />
      <GapsPanel projectId={projectId} gaps={data.gaps} kpis={data.evaluation.kpis} />
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg" verticalSpacing="lg">
        <ProblemSpace projectId={projectId} problem={data.problem} />
        <SolutionSpace projectId={projectId} solution={data.solution} />
        <EvaluationSpace projectId={projectId} evaluation={data.evaluation} />
      </SimpleGrid>
    </Stack>
  );
}
