import { Kbd, Text } from '@mantine/core';
import { ShortcutsModal } from '../../../components/shortcuts-modal';
import { TRIAGE_SHORTCUTS } from '../hooks/use-triage-keys';

export function ShortcutsLegend({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <ShortcutsModal opened={opened} onClose={onClose} context="With the focus in the outcome list (click a row or Tab to it):" shortcuts={TRIAGE_SHORTCUTS} />
  );
}

/** A one-line reminder above the list. */
export function ShortcutsHint() {
  return (
    <Text size="xs" c="dimmed">
      <Kbd size="xs">j</Kbd>/<Kbd size="xs">k</Kbd> move · <Kbd size="xs">a</Kbd> accept · <Kbd size="xs">r</Kbd> reject · <Kbd size="xs">e</Kbd> edit ·{' '}
      <Kbd size="xs">x</Kbd> select · <Kbd size="xs">Enter</Kbd> details · <Kbd size="xs">?</Kbd> all shortcuts
    </Text>
  );
}
