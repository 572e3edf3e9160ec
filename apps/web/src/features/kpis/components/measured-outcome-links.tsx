import { Anchor, List, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useAcceptedOutcomes } from '../../../lib/outcomes-by-status';

/** The outcomes a KPI measures, each opening its details on the outcomes page. */
export function MeasuredOutcomeLinks({ projectId, outcomeIds }: { projectId: string; outcomeIds: string[] }) {
  const outcomes = useAcceptedOutcomes(projectId, outcomeIds.length > 0);
  const byId = useMemo(() => new Map((outcomes.data ?? []).map((outcome) => [outcome.id, outcome])), [outcomes.data]);
  if (outcomeIds.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No outcome linked yet. Edit the KPI to name the opportunities it tells about.
      </Text>
    );
  }
  return (
    <List spacing={4} size="sm" aria-label="Measured outcomes">
      {outcomeIds.map((outcomeId) => {
        const outcome = byId.get(outcomeId);
        return (
          <List.Item key={outcomeId}>
            <Anchor component={Link} to={paths.outcome(projectId, outcomeId)} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {outcome ? `${outcome.key} ${outcome.statement}` : outcomes.isPending ? 'Loading…' : 'An outcome that is no longer accepted'}
            </Anchor>
          </List.Item>
        );
      })}
    </List>
  );
}
