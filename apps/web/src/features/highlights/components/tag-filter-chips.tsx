import { Chip, Group, Text } from '@mantine/core';
import type { Highlight } from '@outcome-atlas/contracts';

type TagFilterChipsProps = { highlights: Highlight[]; value: string[]; onChange: (tagIds: string[]) => void };

/** Chips for the tags used in this interview; picking some shows only highlights with any of them. */
export function TagFilterChips({ highlights, value, onChange }: TagFilterChipsProps) {
  const counts = new Map<string, { name: string; color: string; count: number }>();
  for (const highlight of highlights) {
    for (const tag of highlight.tags) {
      const entry = counts.get(tag.id) ?? { name: tag.name, color: tag.color, count: 0 };
      entry.count += 1;
      counts.set(tag.id, entry);
    }
  }
  if (counts.size === 0) return null;
  return (
    <div role="group" aria-label="Filter highlights by tag">
      <Text size="xs" c="dimmed" mb={4}>
        Filter by tag
      </Text>
      <Chip.Group multiple value={value} onChange={onChange}>
        <Group gap={6}>
          {[...counts.entries()].map(([id, tag]) => (
            <Chip key={id} value={id} size="xs" color={tag.color} variant="light">
              {tag.name} ({tag.count})
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </div>
  );
}
