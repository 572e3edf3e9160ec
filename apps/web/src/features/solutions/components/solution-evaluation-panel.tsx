import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { KpiGlance, SolutionEvaluation } from '@outcome-atlas/contracts';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { kpiValueFormatter } from '../../../components/kpi-value';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { formatDay, pluralize } from '../../../lib/format';
import { useSolutionEvaluation } from '../api/get-solution-evaluation';
import { expectationText, VERDICT_STYLES } from '../utils/verdict';

/** How the KPI's figures read: a value in its unit, and a signed change. */
export type EvaluationFormat = ReturnType<typeof kpiValueFormatter>;

type SolutionEvaluationPanelProps = {
  projectId: string;
  solutionId: string;
  /** Formatting for the expected KPI; the glance has no answer scale, so a caller with the KPI's record passes one that shows CES "3.4 / 7". */
  formatFor?: (kpi: KpiGlance) => EvaluationFormat;
  /** The KPI's trend with the ship date, drawn below the comparison when there is a KPI. */
  chart?: ReactNode;
};

/** The expected KPI before and after the ship date, side by side, and the verdict in words. */
export function SolutionEvaluationPanel({ projectId, solutionId, formatFor = kpiValueFormatter, chart }: SolutionEvaluationPanelProps) {
  const evaluation = useSolutionEvaluation(projectId, solutionId);
  if (evaluation.isPending) return <LoadingState label="Loading the evaluation" rows={3} />;
  if (evaluation.isError) return <ErrorState error={evaluation.error} onRetry={() => void evaluation.refetch()} title="Could not load the evaluation" />;

  const data = evaluation.data;
  const verdict = VERDICT_STYLES[data.verdict];
  const format = data.kpi ? formatFor(data.kpi) : null;
  const expectation = data.kpi ? expectationText(data) : null;

  return (
    <Stack gap="md">
      <Group gap="sm" align="center">
        <Text size="sm" fw={500}>
          Verdict
        </Text>
        <Badge color={verdict.color} variant="filled" size="lg" tt="none" data-testid="evaluation-verdict">
          {verdict.label}
        </Badge>
        {data.kpi ? (
          <Text size="sm" c="dimmed">
            {data.kpi.name}
            {data.shipDate ? `, shipped ${formatDay(data.shipDate)}` : ''}
          </Text>
        ) : null}
      </Group>
      <Text size="sm">{verdict.explanation}</Text>
      {format && data.kpi ? (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <EvaluationSideCard title="Before" caption={data.shipDate ? `Periods ending before ${formatDay(data.shipDate)}` : 'Before the ship date'} side={data.before} format={format} />
            <ChangeCard change={data.change} higherIsBetter={data.kpi.higherIsBetter} format={format} expectation={expectation} />
            <EvaluationSideCard title="After" caption={data.shipDate ? `Periods starting on or after ${formatDay(data.shipDate)}` : 'After the ship date'} side={data.after} format={format} />
          </SimpleGrid>
          {chart}
        </>
      ) : null}
    </Stack>
  );
}

type Side = SolutionEvaluation['before'];

function EvaluationSideCard({ title, caption, side, format }: { title: string; caption: string; side: Side; format: EvaluationFormat }) {
  const id = `evaluation-${title.toLowerCase()}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Stack gap={4}>
        <Title order={3} size="h5" id={id}>
          {title}
        </Title>
        <Text size="xs" c="dimmed">
          {caption}
        </Text>
        <dl style={{ margin: 0 }}>
          <Figure term="Mean" value={side.mean === null ? '—' : format.value(side.mean)} />
          <Figure term="Latest" value={side.latest === null ? '—' : format.value(side.latest)} />
          <Figure term="Periods" value={pluralize(side.measurements.length, 'period')} />
        </dl>
      </Stack>
    </Card>
  );
}

function Figure({ term, value }: { term: string; value: string }) {
  return (
    <Group gap="xs" justify="space-between" wrap="nowrap">
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" size="sm" fw={600} m={0}>
        {value}
      </Text>
    </Group>
  );
}

type ChangeCardProps = { change: number | null; higherIsBetter: boolean; format: EvaluationFormat; expectation: string | null };

function ChangeCard({ change, higherIsBetter, format, expectation }: ChangeCardProps) {
  const Arrow = change === null || change === 0 ? IconArrowRight : change > 0 ? IconArrowUpRight : IconArrowDownRight;
  const better = change !== null && change !== 0 && change > 0 === higherIsBetter;
  const color = change === null || change === 0 ? 'dimmed' : better ? 'teal.7' : 'red.7';
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="evaluation-change">
      <Stack gap={4} align="center" justify="center" h="100%">
        <Title order={3} size="h5" id="evaluation-change">
          Change
        </Title>
        <Group gap={4} c={color}>
          <Arrow size={22} aria-hidden />
          <Text size="xl" fw={700} c={color} data-testid="evaluation-change">
            {change === null ? 'No change to show' : format.change(change)}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" ta="center">
          Mean after − mean before
        </Text>
        {expectation ? (
          <Text size="sm" ta="center" data-testid="evaluation-expectation">
            {expectation}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
