import { Code, Stack, Table, Text } from '@mantine/core';
import { type ImportableKpi, type ImportKind, exampleCsv, expectedColumns, headerLine } from '../utils/csv-columns';

/** The columns the server expects for this KPI and kind, with an example to copy. */
export function ExpectedColumns({ kpi, kind }: { kpi: ImportableKpi; kind: ImportKind }) {
  const columns = expectedColumns(kpi, kind);
  if (columns.length === 0) return null;
  return (
    <Stack gap="xs">
      <Text size="sm">
        Columns: <Code data-testid="expected-header">{headerLine(kpi, kind)}</Code>
        {kind === 'responses' ? ' — one raw answer per line; the server computes one value per period and keeps the counts.' : ' — one line per period.'}
      </Text>
      <Table withTableBorder verticalSpacing={4} aria-label="Expected columns">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={140}>Column</Table.Th>
            <Table.Th>What goes in it</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map((column) => (
            <Table.Tr key={column.name}>
              <Table.Td>
                <Code>{column.name}</Code>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{column.description}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        Example:
      </Text>
      <Code block>{exampleCsv(kpi, kind)}</Code>
    </Stack>
  );
}
