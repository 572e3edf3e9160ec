import { Badge, Group, type MantineColor, Text, useMantineTheme } from '@mantine/core';
import classes from './control-centre.module.css';

export type BreakdownPart = { key: string; label: string; count: number; color: MantineColor };

/** Counts as one stacked bar (decoration) and as labelled badges (the figures, readable without colour). */
export function StatusBreakdown({ label, parts }: { label: string; parts: BreakdownPart[] }) {
  const theme = useMantineTheme();
  const total = parts.reduce((sum, part) => sum + part.count, 0);
  return (
    <div>
      {total > 0 ? (
        <div className={classes.stack} aria-hidden>
          {parts.map((part) =>
            part.count > 0 ? (
              <div key={part.key} className={classes.segment} style={{ width: `${(part.count / total) * 100}%`, backgroundColor: theme.colors[part.color]?.[5] }} />
            ) : null,
          )}
        </div>
      ) : null}
      <Group gap={6} mt="xs" role="list" aria-label={label}>
        {parts.map((part) => (
          <Badge key={part.key} role="listitem" color={part.color} variant="light" size="sm" tt="none" data-part={part.key}>
            {part.label}: {part.count}
          </Badge>
        ))}
      </Group>
      {total === 0 ? (
        <Text size="sm" c="dimmed" mt={4}>
          None yet.
        </Text>
      ) : null}
    </div>
  );
}
