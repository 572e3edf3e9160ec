import { Badge, Group, Text } from '@mantine/core';
import { formatPValue } from '../utils/format-score';

type SignificanceCellProps = { pValue: number; significant: boolean };

export function SignificanceCell({ pValue, significant }: SignificanceCellProps) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="xs" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {formatPValue(pValue)}
      </Text>
      {significant ? (
        <Badge color="grape" variant="light" size="xs" tt="none">
          Significant
        </Badge>
      ) : null}
    </Group>
  );
}
