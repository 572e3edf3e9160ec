import { Stack, Text } from '@mantine/core';
import type { Highlight } from '@outcome-atlas/contracts';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useDeleteHighlight } from '../api/delete-highlight';
import { useUpdateHighlight } from '../api/update-highlight';
import { HighlightCard } from './highlight-card';
import { resolveTagNames, type TagOption } from './highlight-composer';

type HighlightMarginProps = {
  interviewId: string;
  projectId: string;
  highlights: Highlight[];
  totalCount: number;
  activeHighlightId: string | null;
  canWrite: boolean;
  availableTags: TagOption[];
  onShow: (highlightId: string) => void;
};

export function HighlightMargin({ interviewId, projectId, highlights, totalCount, activeHighlightId, canWrite, availableTags, onShow }: HighlightMarginProps) {
  const updateHighlight = useUpdateHighlight(interviewId, projectId);
  const deleteHighlight = useDeleteHighlight(interviewId, projectId);
  const [toDelete, setToDelete] = useState<Highlight | null>(null);

  if (highlights.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {totalCount === 0 ? 'No highlights yet. Select a passage in the transcript to highlight and tag it.' : 'No highlights with these tags.'}
      </Text>
    );
  }

  return (
    <>
      <Stack component="ul" gap="xs" aria-label="Highlights" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {highlights.map((highlight) => (
          <HighlightCard
            key={highlight.id}
            highlight={highlight}
            projectId={projectId}
            active={highlight.id === activeHighlightId}
            canWrite={canWrite}
            availableTags={availableTags}
            onShow={() => onShow(highlight.id)}
            onSaveNote={(note) => updateHighlight.mutateAsync({ highlightId: highlight.id, body: { note } })}
            onSaveTags={(names) => updateHighlight.mutateAsync({ highlightId: highlight.id, body: resolveTagNames(names, availableTags) })}
            onDelete={() => setToDelete(highlight)}
          />
        ))}
      </Stack>
      <ConfirmDialog
        opened={toDelete !== null}
        title="Delete highlight"
        message="Delete this highlight? The transcript stays as it is; only the highlight and its tags on it go."
        confirmLabel="Delete highlight"
        loading={deleteHighlight.isPending}
        onClose={() => setToDelete(null)}
        onConfirm={() => {
          if (toDelete) deleteHighlight.mutate(toDelete.id, { onSuccess: () => setToDelete(null) });
        }}
      />
    </>
  );
}
