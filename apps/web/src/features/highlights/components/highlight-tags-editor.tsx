import { Button, Group, Stack, TagsInput } from '@mantine/core';
import { useState } from 'react';
import { type TagOption } from './highlight-composer';

type HighlightTagsEditorProps = {
  current: TagOption[];
  availableTags: TagOption[];
  onSave: (names: string[]) => Promise<unknown>;
  onClose: () => void;
};

/** Replaces a highlight's tags: pick existing tags or type new names (created on save). */
export function HighlightTagsEditor({ current, availableTags, onSave, onClose }: HighlightTagsEditorProps) {
  const [names, setNames] = useState(current.map((tag) => tag.name));
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      await onSave(names);
      onClose();
    } finally {
      setSaving(false);
    }
  };
  return (
    <Stack gap={6}>
      <TagsInput
        label="Edit tags"
        size="xs"
        data={availableTags.map((tag) => tag.name)}
        value={names}
        onChange={setNames}
        maxTags={50}
        clearable
        comboboxProps={{ withinPortal: true }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !event.defaultPrevented) onClose();
        }}
      />
      <Group gap="xs" justify="flex-end">
        <Button size="compact-xs" variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button size="compact-xs" loading={saving} onClick={() => void save()}>
          Save tags
        </Button>
      </Group>
    </Stack>
  );
}
