import { Alert, Stack, Table, Text } from '@mantine/core';
import type { ImportRejectionDetails } from '@outcome-atlas/contracts';
import { pluralize } from '../../../lib/format';

/** A 422 KPI_IMPORT_REJECTED: every problem the server found, by line and column. */
export function ImportLineErrors({ rejection, dryRun }: { rejection: ImportRejectionDetails; dryRun: boolean }) {
  const { rejected: errors, rejectedCount: total } = rejection;
  return (
    <Stack gap="sm">
      <Alert color="red" role="alert" title={`${pluralize(total, 'problem')} in the file${dryRun ? '' : ': nothing was imported'}`}>
        {dryRun ? 'The check found problems. ' : 'The import is all or nothing, so no value was saved. '}
        Fix these lines and try again.{total > errors.length ? ` The first ${errors.length} are listed.` : ''}
      </Alert>
      <Table.ScrollContainer minWidth={480} maxHeight={360}>
        <Table aria-label="Problems in the file" striped withTableBorder stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>Line</Table.Th>
              <Table.Th w={140}>Column</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((error, index) => (
              <Table.Tr key={`${error.line}-${error.column ?? ''}-${index}`}>
                <Table.Td>{error.line}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{error.column ?? '—'}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm" span>
                    {error.reason}
                  </Text>{' '}
                  <Text size="xs" c="dimmed" span>
                    {error.code}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
