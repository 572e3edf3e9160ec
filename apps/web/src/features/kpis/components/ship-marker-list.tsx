import { Anchor, Group, List, Stack, Text, useMantineTheme } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formatDay } from '../../../lib/format';
import type { ShipMarker } from './kpi-trend-chart';
import classes from './kpis.module.css';

/** The chart's vertical lines as a list: each shipped solution with its date, linking to it. */
export function ShipMarkerList({ projectId, markers }: { projectId: string; markers: ShipMarker[] }) {
  const theme = useMantineTheme();
  if (markers.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No linked solution has shipped yet. Solutions appear here (and as lines on the chart) once they ship with this KPI as the one they expect to move, or target an
        outcome it measures.
      </Text>
    );
  }
  const byDate = [...markers].sort((a, b) => a.shipDate.localeCompare(b.shipDate));
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="ship-markers-label">
        Shipped solutions
      </Text>
      <List listStyleType="none" spacing={4} aria-labelledby="ship-markers-label">
        {byDate.map((marker) => (
          <List.Item key={marker.solutionId}>
            <Group gap="xs" wrap="nowrap">
              <span className={classes.markerSwatch} style={{ backgroundColor: theme.colors.grape[5] }} aria-hidden />
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatDay(marker.shipDate)}
              </Text>
              <Anchor component={Link} to={paths.solution(projectId, marker.solutionId)} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {marker.title}
              </Anchor>
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
