import { Group, Kbd, Table, Text } from '@mantine/core';
import { AppModal } from './app-modal';

/** One row of a shortcuts legend; the key `…` is shown as text, e.g. `1 … 5`. */
export type Shortcut = { keys: string[]; description: string };

type ShortcutsModalProps = {
  opened: boolean;
  onClose: () => void;
  /** Where the keys work, e.g. "With the focus in the outcome list (click a row or Tab to it):". */
  context: string;
  shortcuts: readonly Shortcut[];
};

/** The `?` legend of a keyboard-driven list. */
export function ShortcutsModal({ opened, onClose, context, shortcuts }: ShortcutsModalProps) {
  return (
    <AppModal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="md">
      <Text size="sm" c="dimmed" mb="sm">
        {context}
      </Text>
      <Table aria-label="Keyboard shortcuts" withRowBorders={false}>
        <Table.Tbody>
          {shortcuts.map((shortcut) => (
            <Table.Tr key={shortcut.description}>
              <Table.Th scope="row" w={150}>
                <Group gap={4}>
                  {shortcut.keys.map((key) =>
                    key === '…' ? (
                      <Text key={key} span size="sm">
                        …
                      </Text>
                    ) : (
                      <Kbd key={key}>{key}</Kbd>
                    ),
                  )}
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
