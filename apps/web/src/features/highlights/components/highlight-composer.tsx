import { Alert, Button, Group, Paper, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-error';
import { notifySuccess } from '../../../lib/notify';
import { useCreateHighlight } from '../api/create-highlight';
import type { PendingSelection } from '../hooks/use-transcript-selection';

export type TagOption = { id: string; name: string; color: string };

type HighlightComposerProps = {
  interviewId: string;
  projectId: string;
  transcript: string;
  pending: PendingSelection;
  availableTags: TagOption[];
  onDone: () => void;
};

const QUOTE_PREVIEW = 140;

/** Splits picked names into existing tag ids and names to create on the fly (matched case-insensitively). */
export function resolveTagNames(names: string[], tags: TagOption[]): { tagIds: string[]; newTags: string[] } {
  const byName = new Map(tags.map((tag) => [tag.name.trim().toLowerCase(), tag.id]));
  const tagIds = new Set<string>();
  const newTags = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    const id = byName.get(name.toLowerCase());
    if (id) tagIds.add(id);
    else newTags.set(name.toLowerCase(), name);
  }
  return { tagIds: [...tagIds], newTags: [...newTags.values()] };
}

export function HighlightComposer({ interviewId, projectId, transcript, pending, availableTags, onDone }: HighlightComposerProps) {
  const createHighlight = useCreateHighlight(interviewId, projectId);
  const [tagNames, setTagNames] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const quote = transcript.slice(pending.range.start, pending.range.end);

  const save = () => {
    createHighlight.mutate(
      { start: pending.range.start, end: pending.range.end, note, ...resolveTagNames(tagNames, availableTags) },
      {
        onSuccess: () => {
          window.getSelection()?.removeAllRanges();
          notifySuccess('Highlight saved');
          onDone();
        },
      },
    );
  };

  return (
    <Paper
      role="dialog"
      aria-label="New highlight"
      shadow="md"
      withBorder
      p="sm"
      w={340}
      style={{ position: 'absolute', top: pending.position.top, left: pending.position.left, zIndex: 20 }}
      onKeyDown={(event) => {
        // Escape in the tag picker first closes its suggestions; only a second Escape discards the draft.
        const pickerOpen = event.target instanceof HTMLElement && event.target.getAttribute('aria-expanded') === 'true';
        if (event.key === 'Escape' && !pickerOpen) onDone();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack gap="xs">
          <Text size="sm" fs="italic" lineClamp={3}>
            “{quote.length > QUOTE_PREVIEW ? `${quote.slice(0, QUOTE_PREVIEW)}…` : quote}”
          </Text>
          <TagsInput
            label="Tags"
            placeholder="Pick a tag or type a new one"
            data={availableTags.map((tag) => tag.name)}
            value={tagNames}
            onChange={setTagNames}
            clearable
            comboboxProps={{ zIndex: 300 }}
          />
          <Textarea label="Note" autosize minRows={1} maxRows={5} maxLength={4000} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          {createHighlight.isError ? (
            <Alert color="red" variant="light" role="alert" p="xs">
              {errorMessage(createHighlight.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button size="xs" type="submit" loading={createHighlight.isPending}>
              Save highlight
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
