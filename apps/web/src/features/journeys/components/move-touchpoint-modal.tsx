import { Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import type { AtlasTouchpoint, JourneyAtlas } from '@outcome-atlas/contracts';
import { useState } from 'react';
import { AppModal } from '../../../components/app-modal';
import { findTouchpoint } from '../utils/atlas-order';
import { refocusAfterMove, touchpointMenuSelector } from '../utils/refocus';

type MoveTouchpointModalProps = {
  atlas: JourneyAtlas;
  touchpoint: AtlasTouchpoint | null;
  onMove: (touchpointId: string, stageId: string, index: number) => void;
  onClose: () => void;
};

/** "Move to stage…": any stage, any place (1 = top), without dragging. */
export function MoveTouchpointModal({ atlas, touchpoint, onMove, onClose }: MoveTouchpointModalProps) {
  return (
    <AppModal opened={touchpoint !== null} onClose={onClose} title={touchpoint ? `Move ${touchpoint.name}` : 'Move touchpoint'}>
      {touchpoint ? <MoveForm key={touchpoint.id} atlas={atlas} touchpoint={touchpoint} onMove={onMove} onClose={onClose} /> : null}
    </AppModal>
  );
}

function MoveForm({ atlas, touchpoint, onMove, onClose }: Omit<MoveTouchpointModalProps, 'touchpoint'> & { touchpoint: AtlasTouchpoint }) {
  const current = findTouchpoint(atlas, touchpoint.id);
  const [stageId, setStageId] = useState(current?.stage.id ?? atlas.stages[0]?.id ?? '');
  const target = atlas.stages.find((stage) => stage.id === stageId);
  // Within its own stage the card can take any of the current places; elsewhere one more (the end).
  const places = target ? target.touchpoints.length + (target.id === current?.stage.id ? 0 : 1) : 1;
  const [place, setPlace] = useState<number | string>(current ? current.index + 1 : 1);
  const placeNumber = Math.min(Math.max(Math.round(Number(place) || 1), 1), Math.max(places, 1));

  return (
    <form
      aria-label={`Move ${touchpoint.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!target) return;
        onMove(touchpoint.id, target.id, placeNumber - 1);
        onClose();
        refocusAfterMove(touchpointMenuSelector(touchpoint.id));
      }}
    >
      <Stack>
        <Select
          label="Stage"
          data={atlas.stages.map((stage) => ({ value: stage.id, label: stage.name }))}
          value={stageId}
          onChange={(value) => {
            if (!value) return;
            setStageId(value);
            const next = atlas.stages.find((stage) => stage.id === value);
            setPlace(next ? next.touchpoints.length + (next.id === current?.stage.id ? 0 : 1) : 1);
          }}
          allowDeselect={false}
          data-autofocus
          comboboxProps={{ withinPortal: true }}
        />
        <NumberInput label="Place in the stage" description={`1 is the top, ${places} the end.`} min={1} max={Math.max(places, 1)} value={place} onChange={setPlace} allowDecimal={false} />
        <Text size="sm" c="dimmed">
          {touchpoint.name} goes to {target?.name ?? '—'}, place {placeNumber} of {Math.max(places, 1)}.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={!target}>
            Move
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
