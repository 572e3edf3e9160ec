import { ActionIcon, Anchor, Group, Stack, Text } from '@mantine/core';
import type { AtlasOpportunity } from '@outcome-atlas/contracts';
import { IconUnlink } from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { notifySuccess } from '../../../lib/notify';
import { type OutcomeLinkTarget, useLinkOutcome, useUnlinkOutcome } from '../api/outcome-links';
import { OpportunityBadge } from './opportunity-badges';
import { OutcomeLinkPicker } from './outcome-link-picker';

type LinkedOutcomesProps = {
  projectId: string;
  target: OutcomeLinkTarget;
  opportunities: readonly AtlasOpportunity[];
  canWrite: boolean;
  listLabel: string;
  empty: string;
  /** The notice once an outcome is unlinked, e.g. "O-3 unlinked from Discover". */
  unlinkedMessage: (key: string) => string;
};

/** The outcomes linked to a touchpoint or a stage, each opening its details; writers unlink them and link more. */
export function LinkedOutcomes({ projectId, target, opportunities, canWrite, listLabel, empty, unlinkedMessage }: LinkedOutcomesProps) {
  const link = useLinkOutcome(projectId, target);
  const unlink = useUnlinkOutcome(projectId, target);
  const linkedIds = new Set(opportunities.map((item) => item.outcomeId));
  return (
    <Stack gap="sm">
      {opportunities.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap={6} role="list" aria-label={listLabel}>
          {opportunities.map((item) => (
            <Group key={item.outcomeId} gap="xs" wrap="nowrap" align="flex-start" role="listitem">
              <OpportunityBadge opportunity={item} />
              <Anchor component={Link} to={paths.outcome(projectId, item.outcomeId)} size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
                {item.statement}
              </Anchor>
              {canWrite ? (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={`Unlink ${item.key}`}
                  loading={unlink.isPending && unlink.variables === item.outcomeId}
                  onClick={() => unlink.mutate(item.outcomeId, { onSuccess: () => notifySuccess(unlinkedMessage(item.key)) })}
                >
                  <IconUnlink size={14} aria-hidden />
                </ActionIcon>
              ) : null}
            </Group>
          ))}
        </Stack>
      )}
      {canWrite ? <OutcomeLinkPicker projectId={projectId} linkedIds={linkedIds} onLink={(outcomeId) => link.mutateAsync(outcomeId)} /> : null}
    </Stack>
  );
}
