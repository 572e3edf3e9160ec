import { Group, Kbd, Table, Text } from '@mantine/core';
import { AppModal } from '../../../components/app-modal';
import { RATING_SHORTCUTS } from '../hooks/use-rating-keys';

export function RatingShortcutsLegend({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <AppModal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="md">
      <Text size="sm" c="dimmed" mb="sm">
        With the focus in the list of outcomes to rate (click a row or Tab to it):
      </Text>
      <Table aria-label="Keyboard shortcuts" withRowBorders={false}>
        <Table.Tbody>
          {RATING_SHORTCUTS.map((shortcut) => (
            <Table.Tr key={shortcut.description}>
              <Table.Th scope="row" w={150}>
                <Group gap={4}>
                  {shortcut.keys.map((key) => (key === '…' ? <Text key={key} span size="sm">…</Text> : <Kbd key={key}>{key}</Kbd>))}
                </Group>
              </Table.Th>
              <Table.Td>{shortcut.description}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </AppModal>
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
