import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The centred card used by the login and register pages. */
export function AuthCard({ title, subtitle, children, footer }: { title: string; subtitle?: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)" component="main" tabIndex={-1}>
      <Stack w="100%" maw={420} gap="md">
        <Text ta="center" fw={700} size="xl" c="teal.8">
          Outcome Atlas
        </Text>
        <Paper withBorder shadow="sm" p="xl">
          <Stack gap="lg">
            <div>
              <Title order={1} size="h3" tabIndex={-1}>
                {title}
              </Title>
              {subtitle ? (
                <Text c="dimmed" size="sm">
                  {subtitle}
                </Text>
              ) : null}
            </div>
            {children}
          </Stack>
        </Paper>
        {footer ? (
          <Text ta="center" size="sm">
            {footer}
          </Text>
        ) : null}
      </Stack>
    </Center>
  );
}
