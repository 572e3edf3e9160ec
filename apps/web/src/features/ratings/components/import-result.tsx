import { Alert, Table } from '@mantine/core';
import type { ImportRatingsResponse } from '@outcome-atlas/contracts';
import { formatNumber, pluralize } from '../../../lib/format';

/** What an import did (or, checked with dryRun, would do). */
export function ImportResult({ result }: { result: ImportRatingsResponse }) {
  const title = result.dryRun ? 'The file is fine: nothing was imported yet' : `Imported ${pluralize(result.lines, 'line')}`;
  const counts = [
    { name: 'Respondents', ...result.respondents },
    { name: 'Ratings', ...result.ratings },
  ];
  return (
    <Alert color={result.dryRun ? 'blue' : 'teal'} title={title} role="status">
      <Table aria-label={result.dryRun ? 'What the import would do' : 'What the import did'} withRowBorders={false} verticalSpacing={4} w="auto">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">{result.dryRun ? 'Would create' : 'Created'}</Table.Th>
            <Table.Th ta="right">{result.dryRun ? 'Would update' : 'Updated'}</Table.Th>
            <Table.Th ta="right">Unchanged</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {counts.map((row) => (
            <Table.Tr key={row.name}>
              <Table.Th scope="row">{row.name}</Table.Th>
              <Table.Td ta="right">{formatNumber(row.created)}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.updated)}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.unchanged)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">Lines read</Table.Th>
            <Table.Td ta="right">{formatNumber(result.lines)}</Table.Td>
            <Table.Td />
            <Table.Td />
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
