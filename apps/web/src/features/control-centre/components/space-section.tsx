import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type SpaceSectionProps = { id: string; title: string; description: string; children: ReactNode };

/** One band of the control centre (problem, solution or evaluation space) as a named region. */
export function SpaceSection({ id, title, description, children }: SpaceSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="lg">
        <div>
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

/** A titled block inside a band. */
export function SpaceBlock({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h6">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
