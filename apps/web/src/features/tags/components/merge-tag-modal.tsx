import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import type { Tag } from '@outcome-atlas/contracts';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-error';
import { useMergeTag } from '../api/merge-tag';
import { AppModal } from '../../../components/app-modal';

type MergeTagModalProps = { projectId: string; tag: Tag | null; tags: Tag[]; onClose: () => void };

export function MergeTagModal({ projectId, tag, tags, onClose }: MergeTagModalProps) {
  const mergeTag = useMergeTag(projectId);
  const [intoTagId, setIntoTagId] = useState<string | null>(null);
  const close = () => {
    setIntoTagId(null);
    mergeTag.reset();
    onClose();
  };

  return (
    <AppModal opened={tag !== null} onClose={close} title={`Merge “${tag?.name ?? ''}”`}>
      <Stack>
        <Text size="sm">Every highlight tagged “{tag?.name}” gets the tag you pick instead; then “{tag?.name}” is deleted.</Text>
        <Select
          label="Merge into"
          placeholder="Pick a tag"
          searchable
          data={tags.filter((candidate) => candidate.id !== tag?.id).map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          value={intoTagId}
          onChange={setIntoTagId}
          comboboxProps={{ withinPortal: true }}
        />
        {mergeTag.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(mergeTag.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            disabled={!intoTagId}
            loading={mergeTag.isPending}
            onClick={() => {
              if (tag && intoTagId) mergeTag.mutate({ tagId: tag.id, intoTagId }, { onSuccess: close });
            }}
          >
            Merge tags
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
