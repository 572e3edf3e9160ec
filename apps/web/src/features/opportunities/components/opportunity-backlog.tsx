import { Button, Group, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { type ReactNode, useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { paths } from '../../../config/paths';
import { pluralize } from '../../../lib/format';
import { opportunitiesCsvUrl, useOpportunities } from '../api/get-opportunities';
import { isFiltered, NO_FILTERS, type OpportunityFilters, parseOpportunityFilters, writeOpportunityFilters } from '../utils/opportunity-filters';
import { BacklogFigures } from './backlog-figures';
import type { SelectOption } from './job-step-select';
import { OpportunitiesTable } from './opportunities-table';
import { OpportunityFiltersBar } from './opportunity-filters-bar';

type OpportunityBacklogProps = { projectId: string; jobStepOptions: SelectOption[] };

/** Filters (in the URL), the backlog's figures, the CSV download and the ranked, virtualized table. */
export function OpportunityBacklog({ projectId, jobStepOptions }: OpportunityBacklogProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const urlFilters = parseOpportunityFilters(searchParams);
  const [minOpportunity] = useDebouncedValue(urlFilters.minOpportunity, 300);
  const filters: OpportunityFilters = { ...urlFilters, minOpportunity };
  const backlog = useOpportunities(projectId, filters);
  const items = useMemo(() => backlog.data?.pages.flatMap((page) => page.items) ?? [], [backlog.data]);
  const summary = backlog.data?.pages[0];
  const { fetchNextPage } = backlog;
  // A second call while a page loads must not cancel it and ask again (TanStack's default).
  const loadNextPage = useCallback(() => fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);

  const changeFilters = (patch: Partial<OpportunityFilters>) => setSearchParams((previous) => writeOpportunityFilters(previous, patch), { replace: true });

  let content: ReactNode;
  if (backlog.isPending) content = <LoadingState label="Loading opportunities" />;
  else if (backlog.isError) content = <ErrorState error={backlog.error} onRetry={() => void backlog.refetch()} title="Could not load the opportunities" />;
  else if (items.length === 0)
    content = isFiltered(filters) ? (
      <EmptyState
        title="No opportunities match"
        description="No rated outcome meets these filters for these respondents."
        action={
          <Button variant="light" onClick={() => changeFilters(NO_FILTERS)}>
            Clear filters
          </Button>
        }
      />
    ) : (
      <NoRatingsYet projectId={projectId} unrated={summary?.unrated ?? 0} />
    );
  else content = <OpportunitiesTable projectId={projectId} items={items} total={summary?.total ?? items.length} pages={{ ...backlog, fetchNextPage: loadNextPage }} />;

  return (
    <Stack gap="md">
      <OpportunityFiltersBar projectId={projectId} filters={urlFilters} jobStepOptions={jobStepOptions} onChange={changeFilters} />
      <Group justify="space-between" align="flex-end" gap="sm">
        {summary ? <BacklogFigures total={summary.total} unrated={summary.unrated} respondents={summary.respondents} /> : <span />}
        <Button component="a" href={opportunitiesCsvUrl(projectId, filters)} download="opportunities.csv" variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
          Download CSV
        </Button>
      </Group>
      {content}
    </Stack>
  );
}

function NoRatingsYet({ projectId, unrated }: { projectId: string; unrated: number }) {
  const waiting = unrated > 0 ? `${pluralize(unrated, 'accepted outcome')} ${unrated === 1 ? 'waits' : 'wait'} for ratings. ` : '';
  return (
    <EmptyState
      title="No ratings yet"
      description={`${waiting}Respondents rate each accepted outcome on importance and satisfaction (1–5), in a workshop or through an imported survey export (CSV). Add ratings on the Ratings page; the backlog then ranks the outcomes by opportunity.`}
      action={
        <Button component={Link} to={paths.ratings(projectId)} variant="light">
          Go to the ratings
        </Button>
      }
    />
  );
}
