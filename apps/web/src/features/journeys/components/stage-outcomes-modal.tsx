import type { AtlasStage } from '@outcome-atlas/contracts';
import { AppModal } from '../../../components/app-modal';
import { LinkedOutcomes } from './linked-outcomes';

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
  return (
    <LinkedOutcomes
      projectId={projectId}
      target={{ kind: 'stage', id: stage.id }}
      opportunities={stage.opportunities}
      canWrite
      listLabel="Outcomes of the stage"
      empty="No outcome is linked to this stage as a whole. Outcomes that show at one touchpoint belong on that touchpoint."
      unlinkedMessage={(key) => `${key} unlinked from ${stage.name}`}
    />
  );
}
