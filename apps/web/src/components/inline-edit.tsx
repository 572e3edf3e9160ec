import { ActionIcon, Button, Group, Stack, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { errorMessage } from '../lib/api-error';

type InlineEditProps = {
  /** Accessible name of the field, e.g. "Core job statement". */
  label: string;
  value: string;
  onSave: (next: string) => Promise<unknown>;
  canEdit?: boolean;
  multiline?: boolean;
  required?: boolean;
  maxLength?: number;
  placeholder?: string;
  children?: ReactNode;
};

/** Shows a value with an edit button; editing saves on Enter (single line) or the Save button, Escape cancels. */
export function InlineEdit({ label, value, onSave, canEdit = true, multiline = false, required = false, maxLength, placeholder, children }: InlineEditProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (draft === null) return;
    const next = multiline ? draft : draft.trim();
    if (required && next.trim() === '') {
      setError('This field is required');
      return;
    }
    if (next === value) {
      setDraft(null);
      return;
    }
    setSaving(true);
    try {
      await onSave(next);
      setDraft(null);
      setError(null);
    } catch (saveError) {
      setError(errorMessage(saveError));
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      setDraft(null);
      setError(null);
    }
    if (event.key === 'Enter' && (!multiline || event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void save();
    }
  };

  if (draft === null) {
    return (
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <div style={{ flex: 1, minWidth: 0 }}>
          {children ?? (
            <Text c={value ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
              {value || placeholder || '—'}
            </Text>
          )}
        </div>
        {canEdit ? (
          <Tooltip label={`Edit ${label.toLowerCase()}`}>
            <ActionIcon variant="subtle" color="gray" aria-label={`Edit ${label}`} onClick={() => setDraft(value)}>
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        ) : null}
      </Group>
    );
  }

  const inputProps = {
    label,
    value: draft,
    error,
    maxLength,
    autoFocus: true,
    onKeyDown,
    onChange: (event: { currentTarget: { value: string } }) => setDraft(event.currentTarget.value),
  };
  return (
    <Stack gap="xs">
      {multiline ? <Textarea {...inputProps} autosize minRows={2} /> : <TextInput {...inputProps} />}
      <Group gap="xs">
        <Button size="xs" loading={saving} onClick={() => void save()}>
          Save
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => {
            setDraft(null);
            setError(null);
          }}
        >
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
