import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';

/** A notification's message with an Undo button (notifications render outside the page, so it takes a plain callback). */
export function UndoMergeMessage({ text, onUndo }: { text: string; onUndo: () => Promise<void> }) {
  const [undoing, setUndoing] = useState(false);
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap">
      <Text size="sm">{text}</Text>
      <Button
        size="compact-sm"
        variant="light"
        loading={undoing}
        onClick={() => {
          setUndoing(true);
          void onUndo().finally(() => setUndoing(false));
        }}
      >
        Undo
      </Button>
    </Group>
  );
}
