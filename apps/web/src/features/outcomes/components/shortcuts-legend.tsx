import { Group, Kbd, Table, Text } from '@mantine/core';
import { AppModal } from '../../../components/app-modal';
import { TRIAGE_SHORTCUTS } from '../hooks/use-triage-keys';

export function ShortcutsLegend({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <AppModal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="sm">
      <Text size="sm" c="dimmed" mb="sm">
        With the focus in the outcome list (click a row or Tab to it):
      </Text>
      <Table aria-label="Keyboard shortcuts" withRowBorders={false}>
        <Table.Tbody>
          {TRIAGE_SHORTCUTS.map((shortcut) => (
            <Table.Tr key={shortcut.description}>
              <Table.Th scope="row" w={120}>
                <Group gap={4}>
                  {shortcut.keys.map((key) => (
                    <Kbd key={key}>{key}</Kbd>
                  ))}
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
export function ShortcutsHint() {
  return (
    <Text size="xs" c="dimmed">
      <Kbd size="xs">j</Kbd>/<Kbd size="xs">k</Kbd> move · <Kbd size="xs">a</Kbd> accept · <Kbd size="xs">r</Kbd> reject · <Kbd size="xs">e</Kbd> edit ·{' '}
      <Kbd size="xs">x</Kbd> select · <Kbd size="xs">Enter</Kbd> details · <Kbd size="xs">?</Kbd> all shortcuts
    </Text>
  );
}
