import type { JourneyAtlas } from '@outcome-atlas/contracts';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { pluralize } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useDeleteStage } from '../api/stage-mutations';
import { useDeleteTouchpoint } from '../api/touchpoint-mutations';
import type { AtlasDialog } from '../hooks/atlas-actions';
import type { AtlasMoves } from '../hooks/use-atlas-moves';
import { MoveTouchpointModal } from './move-touchpoint-modal';
import { StageFormModal } from './stage-form-modal';
import { StageOutcomesModal } from './stage-outcomes-modal';
import { TouchpointFormModal, type TouchpointFormTarget } from './touchpoint-form-modal';

type AtlasDialogsProps = {
  atlas: JourneyAtlas;
  projectId: string;
  dialog: AtlasDialog | null;
  moves: AtlasMoves;
  onClose: () => void;
  onTouchpointDeleted: (touchpointId: string) => void;
};

/** The atlas's modals: add and edit stages and touchpoints, move a touchpoint, link stage outcomes, delete. */
export function AtlasDialogs({ atlas, projectId, dialog, moves, onClose, onTouchpointDeleted }: AtlasDialogsProps) {
  const deleteStage = useDeleteStage(projectId);
  const deleteTouchpoint = useDeleteTouchpoint(projectId);

  const touchpointTarget: TouchpointFormTarget | null =
    dialog?.kind === 'add-touchpoint' ? { stage: dialog.stage } : dialog?.kind === 'edit-touchpoint' ? { touchpoint: dialog.touchpoint } : null;
  const stageToDelete = dialog?.kind === 'delete-stage' ? dialog.stage : null;
  const touchpointToDelete = dialog?.kind === 'delete-touchpoint' ? dialog.touchpoint : null;

  return (
    <>
      <StageFormModal
        projectId={projectId}
        journeyId={atlas.id}
        opened={dialog?.kind === 'add-stage' || dialog?.kind === 'edit-stage'}
        stage={dialog?.kind === 'edit-stage' ? dialog.stage : null}
        onClose={onClose}
      />
      <TouchpointFormModal projectId={projectId} target={touchpointTarget} onClose={onClose} />
      <MoveTouchpointModal atlas={atlas} touchpoint={dialog?.kind === 'move-touchpoint' ? dialog.touchpoint : null} onMove={moves.moveTouchpoint} onClose={onClose} />
      <StageOutcomesModal
        projectId={projectId}
        stage={dialog?.kind === 'stage-outcomes' ? (atlas.stages.find((stage) => stage.id === dialog.stageId) ?? null) : null}
        onClose={onClose}
      />
      <ConfirmDialog
        opened={stageToDelete !== null}
        title="Delete stage"
        message={
          stageToDelete
            ? `Delete the stage “${stageToDelete.name}” with its ${pluralize(stageToDelete.touchpoints.length, 'touchpoint')} and their links? The outcomes, quotes and KPIs themselves stay.`
            : ''
        }
        confirmLabel="Delete stage"
        loading={deleteStage.isPending}
        onClose={onClose}
        onConfirm={() =>
          stageToDelete &&
          deleteStage.mutate(stageToDelete.id, {
            onSuccess: () => {
              notifySuccess(`Stage ${stageToDelete.name} deleted`);
              onClose();
            },
          })
        }
      />
      <ConfirmDialog
        opened={touchpointToDelete !== null}
        title="Delete touchpoint"
        message={touchpointToDelete ? `Delete the touchpoint “${touchpointToDelete.name}” and its links? The outcomes, quotes and KPIs themselves stay.` : ''}
        confirmLabel="Delete touchpoint"
        loading={deleteTouchpoint.isPending}
        onClose={onClose}
        onConfirm={() =>
          touchpointToDelete &&
          deleteTouchpoint.mutate(touchpointToDelete.id, {
            onSuccess: () => {
              notifySuccess(`Touchpoint ${touchpointToDelete.name} deleted`);
              onTouchpointDeleted(touchpointToDelete.id);
              onClose();
            },
          })
        }
      />
    </>
  );
}
