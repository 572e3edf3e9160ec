import { Anchor, SimpleGrid, Text } from '@mantine/core';
import type { ControlCentre } from '@outcome-atlas/contracts';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { KpiCard } from './kpi-card';
import { SpaceBlock, SpaceSection } from './space-section';
import { StatusBreakdown } from './status-breakdown';

type EvaluationSpaceProps = { projectId: string; evaluation: ControlCentre['evaluation'] };

/** Whether it worked: every KPI against its target, missing ones first (the API's order). */
export function EvaluationSpace({ projectId, evaluation }: EvaluationSpaceProps) {
  return (
    <SpaceSection id="evaluation-space" title="Evaluation space" description="The KPIs that tell whether it worked, against their targets.">
      <SpaceBlock title="KPIs against target">
        <StatusBreakdown
          label="KPIs against target"
          parts={[
            { key: 'misses', label: 'Miss target', count: evaluation.misses, color: 'red' },
            { key: 'meets', label: 'Meet target', count: evaluation.meets, color: 'teal' },
            { key: 'no-data', label: 'No data', count: evaluation.noData, color: 'yellow' },
          ]}
        />
      </SpaceBlock>
      <SpaceBlock title="KPIs">
        {evaluation.kpis.length === 0 ? (
          <Text size="sm" c="dimmed">
            No KPIs yet.{' '}
            <Anchor component={Link} to={paths.kpis(projectId)} size="sm">
              Define a KPI
            </Anchor>
          </Text>
        ) : (
          <SimpleGrid cols={1} spacing="xs" role="list" aria-label="KPIs">
            {evaluation.kpis.map((kpi) => (
              <div role="listitem" key={kpi.kpiId}>
                <KpiCard projectId={projectId} kpi={kpi} />
              </div>
            ))}
          </SimpleGrid>
        )}
      </SpaceBlock>
    </SpaceSection>
  );
}
