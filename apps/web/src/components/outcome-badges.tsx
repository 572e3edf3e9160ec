import { Badge, Tooltip } from '@mantine/core';
import type { Outcome } from '@outcome-atlas/contracts';
import { IconCopy, IconListSearch } from '@tabler/icons-react';

/** Shown wherever offline results appear, so nobody mistakes them for a model's output. */
export const OFFLINE_EXPLANATION =
  'Deterministic suggestions from a cue lexicon (struggles, workarounds, worries, wishes, costs), not AI. Review them before relying on them.';

// Badges with tooltips are focusable, so keyboard users reach the explanation too.
export const TOOLTIP_EVENTS = { hover: true, focus: true, touch: true };

export function OfflineBadge() {
  return (
    <Tooltip label={OFFLINE_EXPLANATION} multiline w={260} events={TOOLTIP_EVENTS}>
      <Badge color="grape" variant="light" size="xs" tt="none" tabIndex={0} leftSection={<IconListSearch size={10} aria-hidden />}>
        Offline suggestion
      </Badge>
    </Tooltip>
  );
}

export function DuplicateBadge({ duplicate }: { duplicate: NonNullable<Outcome['possibleDuplicateOf']> }) {
  return (
    <Tooltip label={`${Math.round(duplicate.similarity * 100)}% similar to ${duplicate.key}`} events={TOOLTIP_EVENTS}>
      <Badge color="orange" variant="light" size="xs" tt="none" tabIndex={0} leftSection={<IconCopy size={10} aria-hidden />}>
        Possible duplicate of {duplicate.key}
      </Badge>
    </Tooltip>
  );
}
