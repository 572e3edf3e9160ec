import { Button, Group, Stack, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { paths } from '../../../config/paths';
import { pluralize } from '../../../lib/format';
import { useOpportunityLandscape } from '../api/get-opportunity-landscape';
import { type OpportunityFilters, parseOpportunityFilters, writeOpportunityFilters } from '../utils/opportunity-filters';
import { type SelectOption, JobStepSelect } from './job-step-select';
import { LandscapeChart } from './landscape-chart';
import { LandscapeSummary } from './landscape-summary';
import { SegmentSelect } from './segment-select';

type OpportunityLandscapeViewProps = { projectId: string; jobStepOptions: SelectOption[] };

/** The landscape for the segment and job step in the URL (shared with the backlog), with a text alternative. */
export function OpportunityLandscapeView({ projectId, jobStepOptions }: OpportunityLandscapeViewProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const { segment, jobStepId } = parseOpportunityFilters(searchParams);
  const landscape = useOpportunityLandscape(projectId, { segment, jobStepId });
  const summaryId = useId();
  const changeFilters = (patch: Partial<OpportunityFilters>) => setSearchParams((previous) => writeOpportunityFilters(previous, patch), { replace: true });

  let content: ReactNode;
  if (landscape.isPending) content = <LoadingState label="Loading the landscape" />;
  else if (landscape.isError) content = <ErrorState error={landscape.error} onRetry={() => void landscape.refetch()} title="Could not load the landscape" />;
  else if (landscape.data.points.length === 0)
    content =
      segment || jobStepId ? (
        <EmptyState title="Nothing to plot" description="No outcome has ratings from these respondents in this job step." />
      ) : (
        <EmptyState
          title="No ratings yet"
          description="Each rated outcome becomes a point: importance against satisfaction. Add ratings on the Ratings page to see the landscape."
          action={
            <Button component={Link} to={paths.ratings(projectId)} variant="light">
              Go to the ratings
            </Button>
          }
        />
      );
  else {
    const { points, respondents, unrated } = landscape.data;
    content = (
      <Stack component="figure" gap="xs" m={0} aria-busy={landscape.isPlaceholderData}>
        <Text component="figcaption" size="sm" c="dimmed">
          {pluralize(points.length, 'outcome')} over {pluralize(respondents, 'respondent')}
          {unrated > 0 ? ` (${unrated} not rated yet)` : ''}. Hover a point for its scores; click it to open the outcome. The Backlog tab has the same
          outcomes as a table.
        </Text>
        <div role="img" aria-label="Opportunity landscape: importance against satisfaction, by zone" aria-describedby={summaryId} style={{ opacity: landscape.isPlaceholderData ? 0.6 : 1 }}>
          <LandscapeChart projectId={projectId} points={points} />
        </div>
        <LandscapeSummary id={summaryId} landscape={landscape.data} />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" role="search" aria-label="Filter the landscape">
        <SegmentSelect projectId={projectId} label="Segment" value={segment} onChange={(next) => changeFilters({ segment: next })} allowAll />
        <JobStepSelect options={jobStepOptions} value={jobStepId} onChange={(next) => changeFilters({ jobStepId: next })} />
      </Group>
      {content}
    </Stack>
  );
}
