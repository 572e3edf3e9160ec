import { Kbd, Text } from '@mantine/core';
import { ShortcutsModal } from '../../../components/shortcuts-modal';
import { RATING_SHORTCUTS } from '../hooks/use-rating-keys';

export function RatingShortcutsLegend({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <ShortcutsModal
      opened={opened}
      onClose={onClose}
      context="With the focus in the list of outcomes to rate (click a row or Tab to it):"
      shortcuts={RATING_SHORTCUTS}
    />
  );
}

/** A one-line reminder above the list. */
export function RatingShortcutsHint() {
  return (
    <Text size="xs" c="dimmed">
      <Kbd size="xs">j</Kbd>/<Kbd size="xs">k</Kbd> move · <Kbd size="xs">1</Kbd>–<Kbd size="xs">5</Kbd> importance, then satisfaction ·{' '}
      <Kbd size="xs">i</Kbd>/<Kbd size="xs">s</Kbd> switch question · <Kbd size="xs">Backspace</Kbd> clear · <Kbd size="xs">?</Kbd> all shortcuts
    </Text>
  );
}
