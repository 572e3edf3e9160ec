import { Alert, Badge, Checkbox, List, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { pluralize } from '../../../lib/format';
import { type ColumnMapping, type MappingRole, ROLE_LABELS, mappingProblemCount } from '../utils/column-mapping';

const ROLE_COLORS: Record<MappingRole, string> = {
  respondentId: 'blue',
  segment: 'grape',
  attribute: 'gray',
  importance: 'teal',
  satisfaction: 'cyan',
  outcomeRef: 'indigo',
  ignored: 'red',
};

type ColumnMappingTableProps = {
  mapping: ColumnMapping;
  /** Wide files: the researcher confirms the mapping before importing. */
  confirmation?: { confirmed: boolean; onChange: (confirmed: boolean) => void };
};

/** The columns of a survey file as the import will read them. Headers are rendered as text only. */
export function ColumnMappingTable({ mapping, confirmation }: ColumnMappingTableProps) {
  const problems = mappingProblemCount(mapping);
  return (
    <Stack gap="sm">
      <Text size="sm">
        {pluralize(mapping.rows.length, 'column')}: {mapping.summary}.{' '}
        {problems > 0 ? (
          <Text span c="red" size="sm">
            {pluralize(problems, 'problem')} to fix.
          </Text>
        ) : (
          'No problems found in the header.'
        )}
      </Text>
      {mapping.errors.length > 0 ? (
        <Alert color="red" title="The header needs changes" role="alert">
          <List size="sm">
            {mapping.errors.map((error) => (
              <List.Item key={error}>{error}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <ScrollArea.Autosize mah={420} type="auto">
        <Table aria-label="Column mapping" striped withTableBorder stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={50}>#</Table.Th>
              <Table.Th>Column</Table.Th>
              <Table.Th w={170}>Read as</Table.Th>
              <Table.Th w={100}>Outcome</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mapping.rows.map((row) => (
              <Table.Tr key={row.index} aria-invalid={row.error !== null || undefined}>
                <Table.Td>{row.index + 1}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {row.header.trim() === '' ? (
                    <Text span c="dimmed" size="sm">
                      (empty)
                    </Text>
                  ) : (
                    row.header
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={ROLE_COLORS[row.role]} variant="light" size="sm" tt="none">
                    {ROLE_LABELS[row.role]}
                  </Badge>
                </Table.Td>
                <Table.Td>{row.outcome ? row.outcome.key : '—'}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {row.error ? (
                    <Text size="sm" c="red">
                      {row.error}
                    </Text>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {confirmation ? (
        <Checkbox
          label="These columns are read correctly"
          checked={confirmation.confirmed && problems === 0}
          disabled={problems > 0}
          description={problems > 0 ? 'Fix the problems in the file first (you can still check it against the server).' : undefined}
          onChange={(event) => confirmation.onChange(event.currentTarget.checked)}
        />
      ) : null}
    </Stack>
  );
}
