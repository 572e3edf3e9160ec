import { Button, Group, Stack } from '@mantine/core';
import type { Respondent } from '@outcome-atlas/contracts';
import { IconUserPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { EmptyState } from '../../../components/page-states';
import { NewRespondentModal } from './new-respondent-modal';
import { RatingWorkspace } from './rating-workspace';
import { RespondentPicker } from './respondent-picker';

type RatePanelProps = { projectId: string; canWrite: boolean; noOutcomesAction?: ReactNode };

/** The "Rate" tab: pick (or add) a workshop participant, then enter their answers. */
export function RatePanel({ projectId, canWrite, noOutcomesAction }: RatePanelProps) {
  const [respondent, setRespondent] = useState<Respondent | null>(null);
  const [creating, setCreating] = useState(false);

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm">
        <RespondentPicker projectId={projectId} value={respondent} onChange={setRespondent} />
        {canWrite ? (
          <Button variant="light" leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            New participant
          </Button>
        ) : null}
      </Group>
      {respondent ? (
        <RatingWorkspace key={respondent.id} projectId={projectId} respondent={respondent} readOnly={!canWrite} emptyAction={noOutcomesAction} />
      ) : (
        <EmptyState
          title="Choose a participant"
          description={canWrite ? 'Pick the participant whose answers you are entering, or add a new one.' : 'Pick a participant to see their answers.'}
        />
      )}
      {canWrite ? (
        <NewRespondentModal
          projectId={projectId}
          opened={creating}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setRespondent(created);
            setCreating(false);
          }}
        />
      ) : null}
    </Stack>
  );
}
