import { Code, Stack, Text } from '@mantine/core';
import { LONG_SURVEY_COLUMNS } from '@outcome-atlas/domain';

/** What a long-format file looks like. */
export function LongFormatHelp() {
  return (
    <Stack gap={6}>
      <Text size="sm">
        One line per respondent and outcome, with the columns <Code>respondent_id,outcome_id,importance,satisfaction</Code> and optionally <Code>segment</Code>.{' '}
        <Code>outcome_id</Code> may be the outcome’s key (e.g. O-12); answers are whole numbers from 1 to 5, empty when not answered.
      </Text>
      <Code block>{`${LONG_SURVEY_COLUMNS.join(',')}\nR-0042,O-12,5,2,SMB`}</Code>
    </Stack>
  );
}
