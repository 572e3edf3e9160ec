import { Alert, Badge, Table, Text } from '@mantine/core';
import type { ImportMeasurementsResponse } from '@outcome-atlas/contracts';
import { formatKpiValue, type KpiValueFormat } from '../../../components/kpi-value';
import { formatNumber, pluralize } from '../../../lib/format';
import { describeInputs, formatInputs } from '../utils/measurement-inputs';
import { formatPeriod } from '../utils/period';

/** What a check or an import produced: one value per period, marked where it replaces a recorded one. */
export function ImportedPeriods({ result, format }: { result: ImportMeasurementsResponse; format: KpiValueFormat }) {
  const replaced = result.periods.filter((period) => period.replaced).length;
  const periods = pluralize(result.periods.length, 'period');
  const summary = `${pluralize(result.rows, 'line')} read, ${periods}${replaced > 0 ? `, ${replaced} replacing recorded values` : ''}.`;
  return (
    <>
      <Alert color={result.dryRun ? 'blue' : 'teal'} role="status" title={result.dryRun ? 'The file is ready to import' : `Imported ${periods}`}>
        {summary} {result.dryRun ? 'Nothing is saved yet: press Import to record these values.' : ''}
      </Alert>
      <Table.ScrollContainer minWidth={560} maxHeight={360}>
        <Table aria-label={result.dryRun ? 'Periods the import would record' : 'Imported periods'} striped withTableBorder stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Period</Table.Th>
              <Table.Th>Value</Table.Th>
              <Table.Th>n</Table.Th>
              <Table.Th>Computed from</Table.Th>
              <Table.Th>Recorded value</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.periods.map((period) => (
              <Table.Tr key={`${period.periodStart}-${period.periodEnd}`}>
                <Table.Td>{formatPeriod(period.periodStart, period.periodEnd)}</Table.Td>
                <Table.Td>{formatKpiValue(period.value, format)}</Table.Td>
                <Table.Td>{period.sampleSize === null ? '—' : formatNumber(period.sampleSize)}</Table.Td>
                <Table.Td>
                  <Text size="sm" title={describeInputs(period.inputs) ?? undefined}>
                    {formatInputs(period.inputs) ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {period.replaced ? (
                    <Badge color="orange" variant="light" size="sm" tt="none">
                      {result.dryRun ? 'Will be replaced' : 'Replaced'}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      New
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
