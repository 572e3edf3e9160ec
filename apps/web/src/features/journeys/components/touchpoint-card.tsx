import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { AtlasTouchpoint } from '@outcome-atlas/contracts';
import { IconQuote } from '@tabler/icons-react';
import { type CSSProperties, memo, type ReactNode, type Ref } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { pluralize } from '../../../lib/format';
import classes from './atlas.module.css';
import { KpiGlanceLine } from './kpi-glance-line';
import { OpportunityBadgeList } from './opportunity-badges';
import { PainMarker } from './pain-marker';
import { ChannelBadge, CxLevelBadge } from './touchpoint-meta';

type TouchpointCardProps = {
  ref?: Ref<HTMLElement>;
  style?: CSSProperties;
  touchpoint: AtlasTouchpoint;
  projectId: string;
  journeyId: string;
  /** The drag handle and the actions menu; absent in the drag preview and for readers. */
  handle?: ReactNode;
  menu?: ReactNode;
  dragging?: boolean;
  className?: string;
};

/**
 * One touchpoint: what it is, where it sits on the CX pyramid, the opportunities and KPIs linked to it and
 * whether it hurts. All text is rendered as text. Memoized: cards re-render only when their touchpoint does.
 */
export const TouchpointCard = memo(function TouchpointCard({ ref, style, touchpoint, projectId, journeyId, handle, menu, dragging = false, className }: TouchpointCardProps) {
  const classNames = [classes.card, touchpoint.pain.marked ? classes.pain : null, dragging ? classes.dragging : null, className].filter(Boolean).join(' ');
  return (
    <article ref={ref} style={style} className={classNames} aria-label={touchpoint.name} data-touchpoint-id={touchpoint.id}>
      <div className={classes.cardHeader}>
        {handle}
        <Anchor component={Link} to={paths.journey(projectId, journeyId, touchpoint.id)} preventScrollReset fw={600} size="sm" className={classes.cardTitle}>
          {touchpoint.name}
        </Anchor>
        {menu}
      </div>
      <Group gap={4}>
        <ChannelBadge channel={touchpoint.channel} />
        <CxLevelBadge level={touchpoint.cxLevel} />
        <PainMarker pain={touchpoint.pain} />
      </Group>
      {touchpoint.ownerTeam ? (
        <Text size="xs" c="dimmed">
          Owner: {touchpoint.ownerTeam}
        </Text>
      ) : null}
      <OpportunityBadgeList opportunities={touchpoint.opportunities} label={`Opportunities at ${touchpoint.name}`} />
      {touchpoint.kpis.length > 0 ? (
        <Stack gap={2} role="group" aria-label={`KPIs at ${touchpoint.name}`}>
          {touchpoint.kpis.map((kpi) => (
            <KpiGlanceLine key={kpi.kpiId} kpi={kpi} projectId={projectId} />
          ))}
        </Stack>
      ) : null}
      <Group gap={4} c="dimmed">
        <IconQuote size={12} aria-hidden />
        <Text size="xs" c="dimmed">
          {pluralize(touchpoint.quoteCount, 'quote')}
        </Text>
      </Group>
    </article>
  );
});
