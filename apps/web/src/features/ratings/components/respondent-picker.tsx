import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Respondent } from '@outcome-atlas/contracts';
import { useMemo, useState } from 'react';
import { pluralize } from '../../../lib/format';
import { useRespondents } from '../api/get-respondents';

type RespondentPickerProps = { projectId: string; value: Respondent | null; onChange: (respondent: Respondent | null) => void };

/** Searches the project's respondents by the start of their id (on the server) and picks one. */
export function RespondentPicker({ projectId, value, onChange }: RespondentPickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search === value?.externalId ? '' : search, 250);
  const respondents = useRespondents(projectId, debounced);

  const byId = useMemo(() => {
    const map = new Map<string, Respondent>((respondents.data?.items ?? []).map((respondent) => [respondent.id, respondent]));
    if (value) map.set(value.id, value);
    return map;
  }, [respondents.data, value]);
  const data = [...byId.values()].map((respondent) => ({ value: respondent.id, label: respondent.externalId }));

  return (
    <Select
      label="Participant"
      placeholder="Search by participant id"
      searchable
      clearable
      w={340}
      data={data}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (byId.get(id) ?? null) : null)}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by the search text.
      filter={({ options }) => options}
      nothingFoundMessage={respondents.isFetching ? 'Searching…' : respondents.isError ? 'Could not load participants' : 'No participant id starts with that'}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => {
        const respondent = byId.get(option.value);
        return (
          <Group gap={6} wrap="nowrap">
            <Text size="sm">{option.label}</Text>
            {respondent?.segment ? (
              <Text size="xs" c="dimmed">
                {respondent.segment}
              </Text>
            ) : null}
            {respondent ? (
              <Text size="xs" c="dimmed">
                · {pluralize(respondent.ratingCount, 'rating')}
              </Text>
            ) : null}
          </Group>
        );
      }}
    />
  );
}
