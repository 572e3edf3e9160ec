import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { type ReactNode, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { LoadMoreButton } from '../../../components/load-more-button';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { paths } from '../../../config/paths';
import { pluralize } from '../../../lib/format';
import { useKpis } from '../api/get-kpis';
import { isKpiFiltered, type KpiFilters, NO_KPI_FILTERS, parseKpiFilters, writeKpiFilters } from '../utils/kpi-filters';
import { KpiCard } from './kpi-card';
import { KpiFiltersBar } from './kpi-filters-bar';
import { KpiFormModal } from './kpi-form-modal';

type KpiOverviewProps = { projectId: string; canWrite: boolean };

/** The KPIs page: filters (in the URL), a grid of cards with load more, and the "New KPI" modal. */
export function KpiOverview({ projectId, canWrite }: KpiOverviewProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
  const filters = parseKpiFilters(searchParams);
  const kpis = useKpis(projectId, filters);
  const items = useMemo(() => kpis.data?.pages.flatMap((page) => page.items) ?? [], [kpis.data]);
  const [creating, setCreating] = useState(false);

  const changeFilters = (patch: Partial<KpiFilters>) => setSearchParams((previous) => writeKpiFilters(previous, patch), { replace: true });
  const newKpiButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      New KPI
    </Button>
  ) : null;

  let content: ReactNode;
  if (kpis.isPending) content = <LoadingState label="Loading KPIs" />;
  else if (kpis.isError) content = <ErrorState error={kpis.error} onRetry={() => void kpis.refetch()} title="Could not load the KPIs" />;
  else if (items.length === 0)
    content = isKpiFiltered(filters) ? (
      <EmptyState
        title="No KPIs match"
        description="No KPI of this project has this type, level and status."
        action={
          <Button variant="light" onClick={() => changeFilters(NO_KPI_FILTERS)}>
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        icon={<IconTargetArrow size={28} stroke={1.5} aria-hidden />}
        title="No KPIs yet"
        description="KPIs tell whether a solution worked: NPS and CLV for the relationship, task completion, time to value and adoption for a journey, CSAT and effort for a touchpoint. Define one, attach it where it is measured and record its values."
        action={newKpiButton}
      />
    );
  else
    content = (
      <>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {items.map((kpi) => (
            <KpiCard key={kpi.id} kpi={kpi} />
          ))}
        </SimpleGrid>
        <LoadMoreButton hasNextPage={kpis.hasNextPage} isFetchingNextPage={kpis.isFetchingNextPage} onLoadMore={() => void kpis.fetchNextPage({ cancelRefetch: false })} />
      </>
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <KpiFiltersBar filters={filters} onChange={changeFilters} />
        {items.length > 0 || isKpiFiltered(filters) ? newKpiButton : null}
      </Group>
      {items.length > 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {kpis.hasNextPage ? `The first ${pluralize(items.length, 'KPI')}` : pluralize(items.length, 'KPI')}
        </Text>
      ) : null}
      {content}
      {canWrite ? (
        <KpiFormModal
          projectId={projectId}
          opened={creating}
          onClose={() => setCreating(false)}
          onSaved={(kpi) => {
            setCreating(false);
            void navigate(paths.kpi(projectId, kpi.id));
          }}
        />
      ) : null}
    </Stack>
  );
}
