import { ActionIcon, Badge, Button, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { Highlight } from '@outcome-atlas/contracts';
import { IconTags, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { InlineEdit } from '../../../components/inline-edit';
import { paths } from '../../../config/paths';
import type { TagOption } from './highlight-composer';
import { HighlightTagsEditor } from './highlight-tags-editor';

type HighlightCardProps = {
  highlight: Highlight;
  projectId: string;
  active: boolean;
  canWrite: boolean;
  onShow: () => void;
  availableTags: TagOption[];
  onSaveNote: (note: string) => Promise<unknown>;
  onSaveTags: (names: string[]) => Promise<unknown>;
  onDelete: () => void;
};

export function HighlightCard({ highlight, projectId, active, canWrite, availableTags, onShow, onSaveNote, onSaveTags, onDelete }: HighlightCardProps) {
  const [editingTags, setEditingTags] = useState(false);
  return (
    <Card
      component="li"
      id={`highlight-${highlight.id}`}
      withBorder
      padding="sm"
      tabIndex={-1}
      aria-label={`Highlight: ${highlight.quote.slice(0, 80)}`}
      style={{ borderColor: active ? 'var(--mantine-color-orange-6)' : undefined, borderLeft: `4px solid ${highlight.tags[0]?.color ?? 'var(--mantine-color-yellow-4)'}` }}
    >
      <Stack gap={6}>
        <Text size="sm" fs="italic" lineClamp={5} style={{ whiteSpace: 'pre-wrap' }}>
          “{highlight.quote}”
        </Text>
        {editingTags ? (
          <HighlightTagsEditor current={highlight.tags} availableTags={availableTags} onSave={onSaveTags} onClose={() => setEditingTags(false)} />
        ) : highlight.tags.length > 0 ? (
          <Group gap={4}>
            {highlight.tags.map((tag) => (
              <Badge key={tag.id} component={Link} to={paths.tagBoard(projectId, tag.id)} color={tag.color} variant="light" size="sm" tt="none" style={{ cursor: 'pointer' }}>
                {tag.name}
              </Badge>
            ))}
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            No tags
          </Text>
        )}
        <InlineEdit label="Note" value={highlight.note} onSave={onSaveNote} canEdit={canWrite} multiline maxLength={4000} placeholder="No note">
          {highlight.note ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {highlight.note}
            </Text>
          ) : (
            <Text size="xs" c="dimmed">
              No note
            </Text>
          )}
        </InlineEdit>
        <Group justify="space-between">
          <Button size="compact-xs" variant="subtle" onClick={onShow}>
            Show in transcript
          </Button>
          {canWrite ? (
            <Group gap={4}>
              <Tooltip label="Edit tags">
                <ActionIcon size="sm" variant="subtle" aria-label="Edit tags" onClick={() => setEditingTags(true)} disabled={editingTags}>
                  <IconTags size={14} aria-hidden />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Delete highlight">
                <ActionIcon size="sm" variant="subtle" color="red" aria-label="Delete highlight" onClick={onDelete}>
                  <IconTrash size={14} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
