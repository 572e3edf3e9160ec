import { Anchor, Badge, Group, Text } from '@mantine/core';
import type { AtlasOpportunity } from '@outcome-atlas/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ZoneBadge } from '../../../components/zone-badge';
import { paths } from '../../../config/paths';
import { formatScore } from '../../../lib/format';
import classes from './control-centre.module.css';

type OpportunityLineProps = { projectId: string; opportunity: AtlasOpportunity; extra?: ReactNode };

/** Key, statement (a link to the outcome's details), score and zone; statements are text, never HTML. */
export function OpportunityLine({ projectId, opportunity, extra }: OpportunityLineProps) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Badge variant="outline" size="sm" radius="sm" style={{ flexShrink: 0 }}>
        {opportunity.key}
      </Badge>
      <div style={{ minWidth: 0, flex: 1 }}>
        <Anchor component={Link} to={paths.outcome(projectId, opportunity.outcomeId)} size="sm" className={classes.statement} lineClamp={2}>
          {opportunity.statement}
        </Anchor>
        <Group gap={6} mt={2}>
          {opportunity.opportunity === null ? (
            <Text size="xs" c="dimmed">
              Not rated
            </Text>
          ) : (
            <Text size="xs" fw={600} className={classes.numeric}>
              {formatScore(opportunity.opportunity)}
            </Text>
          )}
          {opportunity.zone ? <ZoneBadge zone={opportunity.zone} size="xs" /> : null}
          {extra}
        </Group>
      </div>
    </Group>
  );
}
