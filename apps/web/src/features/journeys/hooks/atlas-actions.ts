import type { AtlasStage, AtlasTouchpoint } from '@outcome-atlas/contracts';
import type { AtlasMoves } from './use-atlas-moves';

/** The one dialog the atlas shows at a time. Stages are named by id where the dialog must show live data. */
export type AtlasDialog =
  | { kind: 'add-stage' }
  | { kind: 'edit-stage'; stage: AtlasStage }
  | { kind: 'delete-stage'; stage: AtlasStage }
  | { kind: 'stage-outcomes'; stageId: string }
  | { kind: 'add-touchpoint'; stage: AtlasStage }
  | { kind: 'edit-touchpoint'; touchpoint: AtlasTouchpoint }
  | { kind: 'delete-touchpoint'; touchpoint: AtlasTouchpoint }
  | { kind: 'move-touchpoint'; touchpoint: AtlasTouchpoint };

/** What columns and cards can do; one stable object, so memoized columns and cards do not re-render. */
export type AtlasActions = AtlasMoves & { open: (dialog: AtlasDialog) => void };

export const stageDndId = (stageId: string) => `stage:${stageId}`;
export const touchpointDndId = (touchpointId: string) => `touchpoint:${touchpointId}`;

/** What a draggable carries, so drops and collisions can tell stages from touchpoints. */
export type DragData = { type: 'stage'; stageId: string } | { type: 'touchpoint'; touchpointId: string; stageId: string };
