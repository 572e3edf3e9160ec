import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { AtlasStage } from '@outcome-atlas/contracts';
import { IconPlus } from '@tabler/icons-react';
import { memo, type ReactNode, useMemo } from 'react';
import { pluralize } from '../../../lib/format';
import { type AtlasActions, type DragData, stageDndId } from '../hooks/atlas-actions';
import classes from './atlas.module.css';
import { DragHandle } from './drag-handle';
import { KpiGlanceLine } from './kpi-glance-line';
import { OpportunityBadgeList } from './opportunity-badges';
import { StageMenu } from './stage-menu';
import { TouchpointList } from './touchpoint-list';

type StageColumnProps = {
  stage: AtlasStage;
  index: number;
  count: number;
  projectId: string;
  journeyId: string;
  canWrite: boolean;
  actions: AtlasActions;
};

/**
 * One stage: its header (name, the outcomes and KPIs of the stage as a whole) above its touchpoints. The
 * column is a sortable item (stages reorder by dragging the handle) and a drop target for touchpoints.
 */
export const StageColumn = memo(function StageColumn({ stage, index, count, projectId, journeyId, canWrite, actions }: StageColumnProps) {
  const data = useMemo<DragData>(() => ({ type: 'stage', stageId: stage.id }), [stage.id]);
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id: stageDndId(stage.id), data, disabled: !canWrite });
  const style = { transform: CSS.Translate.toString(transform), transition };
  const className = [classes.column, isDragging ? classes.dragging : null].filter(Boolean).join(' ');
  // dnd-kit re-renders the column on every board change; the header and the cards only when their data changes.
  const handle = useMemo(
    () => (canWrite ? <DragHandle label={`Drag stage ${stage.name}`} attributes={attributes} listeners={listeners} /> : null),
    [canWrite, stage.name, attributes, listeners],
  );

  return (
    <section ref={setNodeRef} style={style} className={className} aria-label={`Stage ${stage.name}`} data-stage-id={stage.id}>
      <StageHeader stage={stage} index={index} count={count} projectId={projectId} canWrite={canWrite} actions={actions} handle={handle} />
      <TouchpointList stage={stage} stageIndex={index} stageCount={count} projectId={projectId} journeyId={journeyId} canWrite={canWrite} actions={actions} />
      {canWrite ? (
        <Button variant="subtle" size="xs" m={4} leftSection={<IconPlus size={14} aria-hidden />} onClick={() => actions.open({ kind: 'add-touchpoint', stage })}>
          Add touchpoint
        </Button>
      ) : null}
    </section>
  );
});

type StageHeaderProps = Omit<StageColumnProps, 'journeyId'> & { handle: ReactNode };

const StageHeader = memo(function StageHeader({ stage, index, count, projectId, canWrite, actions, handle }: StageHeaderProps) {
  return (
    <div className={classes.columnHeader}>
      <Group gap={4} wrap="nowrap" align="flex-start">
        {handle}
        <Title order={2} size="h5" className={classes.stageTitle}>
          {stage.name}
        </Title>
        <Badge variant="default" size="sm" title={pluralize(stage.touchpoints.length, 'touchpoint')}>
          {stage.touchpoints.length}
        </Badge>
        {canWrite ? <StageMenu stage={stage} index={index} count={count} actions={actions} /> : null}
      </Group>
      {stage.description ? (
        <Text size="xs" c="dimmed" lineClamp={3}>
          {stage.description}
        </Text>
      ) : null}
      <OpportunityBadgeList opportunities={stage.opportunities} label={`Opportunities of stage ${stage.name}`} max={6} />
      {stage.kpis.length > 0 ? (
        <Stack gap={2} role="group" aria-label={`KPIs of stage ${stage.name}`}>
          {stage.kpis.map((kpi) => (
            <KpiGlanceLine key={kpi.kpiId} kpi={kpi} projectId={projectId} />
          ))}
        </Stack>
      ) : null}
    </div>
  );
});
