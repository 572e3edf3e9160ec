import { ActionIcon, Anchor, Group, Stack, Text } from '@mantine/core';
import type { AtlasStage } from '@outcome-atlas/contracts';
import { IconUnlink } from '@tabler/icons-react';
import { Link } from 'react-router';
import { AppModal } from '../../../components/app-modal';
import { notifySuccess } from '../../../lib/notify';
import { useLinkOutcome, useUnlinkOutcome } from '../api/outcome-links';
import { outcomeHref } from '../utils/links';
import { OpportunityBadge } from './opportunity-badges';
import { OutcomeLinkPicker } from './outcome-link-picker';

type StageOutcomesModalProps = { projectId: string; stage: AtlasStage | null; onClose: () => void };

/** The outcomes that show across a whole stage rather than at one touchpoint: see, link and unlink them. */
export function StageOutcomesModal({ projectId, stage, onClose }: StageOutcomesModalProps) {
  return (
    <AppModal opened={stage !== null} onClose={onClose} title={stage ? `Outcomes of stage ${stage.name}` : 'Stage outcomes'} size="lg">
      {stage ? <StageOutcomes key={stage.id} projectId={projectId} stage={stage} /> : null}
    </AppModal>
  );
}

function StageOutcomes({ projectId, stage }: { projectId: string; stage: AtlasStage }) {
  const target = { kind: 'stage', id: stage.id } as const;
  const link = useLinkOutcome(projectId, target);
  const unlink = useUnlinkOutcome(projectId, target);
  const linkedIds = new Set(stage.opportunities.map((item) => item.outcomeId));
  return (
    <Stack>
      {stage.opportunities.length === 0 ? (
        <Text size="sm" c="dimmed">
          No outcome is linked to this stage as a whole. Outcomes that show at one touchpoint belong on that touchpoint.
        </Text>
      ) : (
        <Stack gap={6} role="list" aria-label="Outcomes of the stage">
          {stage.opportunities.map((item) => (
            <Group key={item.outcomeId} gap="xs" wrap="nowrap" align="flex-start" role="listitem">
              <OpportunityBadge opportunity={item} />
              <Anchor component={Link} to={outcomeHref(projectId, item.outcomeId)} size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
                {item.statement}
              </Anchor>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={`Unlink ${item.key}`}
                loading={unlink.isPending && unlink.variables === item.outcomeId}
                onClick={() => unlink.mutate(item.outcomeId, { onSuccess: () => notifySuccess(`${item.key} unlinked from ${stage.name}`) })}
              >
                <IconUnlink size={14} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      <OutcomeLinkPicker projectId={projectId} linkedIds={linkedIds} onLink={(outcomeId) => link.mutateAsync(outcomeId)} />
    </Stack>
  );
}
