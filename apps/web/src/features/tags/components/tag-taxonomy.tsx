import { Stack, Table } from '@mantine/core';
import type { Tag } from '@outcome-atlas/contracts';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { notifySuccess } from '../../../lib/notify';
import { useDeleteTag } from '../api/delete-tag';
import { useTags } from '../api/get-tags';
import { useUpdateTag } from '../api/update-tag';
import { CreateTagForm } from './create-tag-form';
import { MergeTagModal } from './merge-tag-modal';
import { TagRow, TagTableHead } from './tag-row';

type TagTaxonomyProps = { projectId: string; canWrite: boolean; boardPath: (tagId: string) => string };

export function TagTaxonomy({ projectId, canWrite, boardPath }: TagTaxonomyProps) {
  const tags = useTags(projectId);
  const updateTag = useUpdateTag(projectId);
  const deleteTag = useDeleteTag(projectId);
  const [toMerge, setToMerge] = useState<Tag | null>(null);
  const [toDelete, setToDelete] = useState<Tag | null>(null);

  return (
    <Stack gap="lg">
      {canWrite ? <CreateTagForm projectId={projectId} /> : null}
      {tags.isPending ? <LoadingState label="Loading tags" /> : null}
      {tags.isError ? <ErrorState error={tags.error} onRetry={() => void tags.refetch()} title="Could not load tags" /> : null}
      {tags.isSuccess && tags.data.length === 0 ? (
        <EmptyState title="No tags yet" description="Create tags here, or type new ones while highlighting a transcript." />
      ) : null}
      {tags.isSuccess && tags.data.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" highlightOnHover aria-label="Tags">
            <TagTableHead />
            <Table.Tbody>
              {tags.data.map((tag) => (
                <TagRow
                  key={tag.id}
                  tag={tag}
                  boardPath={boardPath(tag.id)}
                  canWrite={canWrite}
                  onRename={(name) => updateTag.mutateAsync({ tagId: tag.id, body: { name } })}
                  onRecolour={(color) => updateTag.mutate({ tagId: tag.id, body: { color } }, { onSuccess: () => notifySuccess(`Colour of “${tag.name}” changed`) })}
                  onMerge={() => setToMerge(tag)}
                  onDelete={() => setToDelete(tag)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <MergeTagModal projectId={projectId} tag={toMerge} tags={tags.data ?? []} onClose={() => setToMerge(null)} />
      <ConfirmDialog
        opened={toDelete !== null}
        title="Delete tag"
        message={`Delete the tag “${toDelete?.name ?? ''}”? Its ${toDelete?.highlightCount ?? 0} highlights stay, without this tag.`}
        confirmLabel="Delete tag"
        loading={deleteTag.isPending}
        onClose={() => setToDelete(null)}
        onConfirm={() => {
          if (toDelete) deleteTag.mutate(toDelete.id, { onSuccess: () => setToDelete(null) });
        }}
      />
    </Stack>
  );
}
