import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { pluralize } from '../../../lib/format';
import { useOpportunityComparison } from '../api/compare-opportunities';
import { useSegments } from '../api/get-segments';
import { ComparisonTable } from './comparison-table';
import { SegmentSelect } from './segment-select';

/** Two segments (`?a=&b=` in the URL) compared outcome by outcome, with the significance of each difference. */
export function SegmentComparison({ projectId }: { projectId: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const a = searchParams.get('a')?.trim() || null;
  const b = searchParams.get('b')?.trim() || null;
  const pair = a && b && a !== b ? { a, b } : null;
  const comparison = useOpportunityComparison(projectId, pair);
  const segments = useSegments(projectId);
  const labelOf = (filter: string) => segments.data?.find((segment) => segment.filter === filter)?.label ?? filter;

  const choose = (name: 'a' | 'b', value: string | null) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  let content: ReactNode;
  if (!a || !b) content = <EmptyState title="Pick two segments" description="Choose segment A and segment B to compare their opportunity scores outcome by outcome, with a significance test for each difference." />;
  else if (!pair) content = <EmptyState title="Pick two different segments" description="A segment compared with itself shows no differences." />;
  else if (comparison.isPending) content = <LoadingState label="Comparing the segments" />;
  else if (comparison.isError) content = <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} title="Could not compare the segments" />;
  else if (comparison.data.outcomes.length === 0) content = <EmptyState title="Nothing to compare" description="No outcome is rated by respondents of both segments." />;
  else {
    const { data } = comparison;
    const onlyOne = data.onlyInA.length + data.onlyInB.length > 0 ? ` Rated in one segment only: ${data.onlyInA.length} in A, ${data.onlyInB.length} in B.` : '';
    content = (
      <Stack gap="xs" aria-busy={comparison.isPlaceholderData} style={{ opacity: comparison.isPlaceholderData ? 0.6 : 1 }}>
        <Text size="sm" c="dimmed">
          A: {labelOf(a)} ({pluralize(data.a.respondents, 'respondent')}) · B: {labelOf(b)} ({pluralize(data.b.respondents, 'respondent')}). Differences are
          significant at p &lt; {data.alpha} (two-proportion z-tests of the top-two-box shares). Bars grow right where A has the larger
          opportunity, left where B has.{onlyOne}
        </Text>
        <ComparisonTable comparison={data} labelA={labelOf(a)} labelB={labelOf(b)} />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" role="search" aria-label="Segments to compare">
        <SegmentSelect projectId={projectId} label="Segment A" value={a} onChange={(value) => choose('a', value)} w={260} />
        <SegmentSelect projectId={projectId} label="Segment B" value={b} onChange={(value) => choose('b', value)} w={260} />
      </Group>
      {content}
    </Stack>
  );
}
