import { ActionIcon, Anchor, Group, Paper, Progress, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck, IconFileText, IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { EditableFields, UploadItem } from '../hooks/use-upload-queue';
import type { FilterOption } from './interview-filters';

type UploadFileRowProps = {
  item: UploadItem;
  projectId: string;
  personaOptions: FilterOption[];
  onChange: (change: Partial<EditableFields>) => void;
  onRemove: () => void;
};

export function UploadFileRow({ item, projectId, personaOptions, onChange, onRemove }: UploadFileRowProps) {
  const editable = item.status === 'queued';
  const name = item.file.name;
  return (
    <Paper component="li" withBorder p="sm" aria-label={name}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <IconFileText size={18} aria-hidden />
            <Text size="sm" fw={500} truncate>
              {name}
            </Text>
            <Text size="xs" c="dimmed">
              {(item.file.size / 1024).toFixed(1)} KB
            </Text>
          </Group>
          {item.status === 'done' ? (
            <Group gap={4} c="teal" wrap="nowrap">
              <IconCircleCheck size={18} aria-hidden />
              <Text size="sm">Uploaded</Text>
            </Group>
          ) : null}
          {item.status !== 'uploading' && item.status !== 'done' ? (
            <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${name}`} onClick={onRemove}>
              <IconX size={16} aria-hidden />
            </ActionIcon>
          ) : null}
        </Group>
        {editable ? (
          <Group grow align="flex-start" gap="xs">
            <TextInput size="xs" label="Title" aria-label={`Title for ${name}`} value={item.title} onChange={(event) => onChange({ title: event.currentTarget.value })} />
            <TextInput
              size="xs"
              label="Participant pseudonym"
              aria-label={`Participant pseudonym for ${name}`}
              value={item.pseudonym}
              onChange={(event) => onChange({ pseudonym: event.currentTarget.value })}
            />
            <Select
              size="xs"
              label="Persona"
              aria-label={`Persona for ${name}`}
              placeholder="None"
              data={personaOptions}
              value={item.personaId}
              onChange={(value) => onChange({ personaId: value })}
              clearable
            />
          </Group>
        ) : null}
        {item.status === 'uploading' || item.status === 'done' ? (
          <Progress value={Math.round(item.progress * 100)} color={item.status === 'done' ? 'teal' : undefined} animated={item.status === 'uploading'} aria-label={`Upload progress for ${name}`} />
        ) : null}
        {item.status === 'done' && item.interview ? (
          <Anchor component={Link} to={paths.interview(projectId, item.interview.id)} size="sm">
            Open “{item.interview.title}”
          </Anchor>
        ) : null}
        {item.status === 'failed' && item.error ? (
          <Text size="sm" c="red" role="alert">
            {item.error}{' '}
            {item.existingInterviewId ? (
              <Anchor component={Link} to={paths.interview(projectId, item.existingInterviewId)} size="sm">
                Open the existing interview
              </Anchor>
            ) : null}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
