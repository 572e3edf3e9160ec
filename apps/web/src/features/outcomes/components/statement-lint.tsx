import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { lintOutcomeStatement, parseOutcomeStatement } from '@outcome-atlas/domain';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useMemo } from 'react';

const PART_LABELS = [
  ['direction', 'Direction'],
  ['metric', 'Metric'],
  ['objectOfControl', 'Object of control'],
  ['contextualClarifier', 'Clarifier'],
] as const;

/**
 * Live feedback on a statement as it is typed: the linter's issues with their suggestions, and the
 * statement parsed into the ODI grammar. Both are pure and take microseconds, so this runs per keystroke.
 */
export function StatementLint({ statement }: { statement: string }) {
  const { issues, parsed } = useMemo(() => ({ issues: lintOutcomeStatement(statement), parsed: parseOutcomeStatement(statement) }), [statement]);

  return (
    <Stack gap="xs">
      <div aria-live="polite">
        {issues.length === 0 ? (
          <Group gap={6}>
            <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden />
            <Text size="sm" c="teal.8">
              No issues: the statement follows the outcome grammar.
            </Text>
          </Group>
        ) : (
          <List aria-label="Statement issues" spacing={6} size="sm" icon={<IconAlertTriangle size={14} aria-hidden />}>
            {issues.map((issue, index) => (
              <List.Item key={`${issue.code}-${index}`} c={issue.severity === 'error' ? 'red.8' : 'yellow.9'}>
                <Text size="sm" span fw={500}>
                  {issue.severity === 'error' ? 'Problem' : 'Warning'}: {issue.message}
                </Text>
                {issue.suggestion ? (
                  <Text size="xs" c="dimmed">
                    Suggestion: {issue.suggestion}
                  </Text>
                ) : null}
              </List.Item>
            ))}
          </List>
        )}
      </div>
      <Group gap={6} aria-label="Parsed parts" role="group">
        {PART_LABELS.map(([name, label]) => {
          const part = parsed[name];
          return (
            <Badge key={name} variant={part ? 'light' : 'outline'} color={part ? 'blue' : 'gray'} tt="none" size="md" title={label}>
              {label}: {part ? part.text : '—'}
            </Badge>
          );
        })}
      </Group>
    </Stack>
  );
}
