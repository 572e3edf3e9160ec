import { Badge, Button, Card, Group, Radio, Stack, Text } from '@mantine/core';
import type { OutcomeDuplicateGroup } from '@outcome-atlas/contracts';
import { useState } from 'react';
import type { GroupOutcome } from '../hooks/use-merge-duplicates';
import { OutcomeStatusBadge } from './outcome-badges';

const percent = (similarity: number) => `${Math.round(similarity * 100)}%`;

function similarity(group: OutcomeDuplicateGroup, a: string, b: string): number | null {
  return group.pairs.find((pair) => (pair.a === a && pair.b === b) || (pair.a === b && pair.b === a))?.similarity ?? null;
}

/** The outcome to keep by default: the first accepted one, else the first. */
const defaultKeep = (group: OutcomeDuplicateGroup) => (group.outcomes.find((outcome) => outcome.status === 'accepted') ?? group.outcomes[0])?.outcomeId ?? '';

type DuplicateGroupCardProps = {
  group: OutcomeDuplicateGroup;
  index: number;
  canWrite: boolean;
  merging: boolean;
  disabled: boolean;
  onMerge: (keep: GroupOutcome, others: GroupOutcome[]) => void;
};

/** One proposed group: pick the outcome that stays, merge the others into it. Statements are rendered as text only. */
export function DuplicateGroupCard({ group, index, canWrite, merging, disabled, onMerge }: DuplicateGroupCardProps) {
  const [keepId, setKeepId] = useState(() => defaultKeep(group));
  const keep = group.outcomes.find((outcome) => outcome.outcomeId === keepId) ?? group.outcomes[0];
  const others = group.outcomes.filter((outcome) => outcome.outcomeId !== keep?.outcomeId);
  const range = group.minSimilarity === group.maxSimilarity ? percent(group.maxSimilarity) : `${percent(group.minSimilarity)}–${percent(group.maxSimilarity)}`;
  const headingId = `duplicate-group-${index}`;

  return (
    <Card withBorder padding="sm" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Text size="sm" fw={600} id={headingId}>
          {group.outcomes.map((outcome) => outcome.key).join(', ')} · {range} similar
        </Text>
        <Radio.Group value={keepId} onChange={setKeepId} label="Keep" description="The outcome that stays; the others' evidence moves to it.">
          <Stack gap={8} mt={6}>
            {group.outcomes.map((outcome) => {
              const toKept = keep && outcome.outcomeId !== keep.outcomeId ? similarity(group, outcome.outcomeId, keep.outcomeId) : null;
              return (
                <Radio
                  key={outcome.outcomeId}
                  value={outcome.outcomeId}
                  disabled={!canWrite}
                  aria-label={`Keep ${outcome.key}`}
                  label={
                    <Group gap={8} wrap="nowrap" align="flex-start">
                      <Badge variant="outline" size="sm" radius="sm" style={{ flexShrink: 0 }}>
                        {outcome.key}
                      </Badge>
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="duplicate-statement">
                        {outcome.statement}
                      </Text>
                      <OutcomeStatusBadge status={outcome.status} />
                      {toKept !== null ? (
                        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                          {percent(toKept)} like {keep?.key}
                        </Text>
                      ) : null}
                    </Group>
                  }
                />
              );
            })}
          </Stack>
        </Radio.Group>
        {canWrite && keep ? (
          <Group>
            <Button size="xs" loading={merging} disabled={disabled} onClick={() => onMerge(keep, others)}>
              Merge the others into {keep.key}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
