import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Outcome } from '@outcome-atlas/contracts';
import { IconLink } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useAcceptedOutcomes } from '../api/search-accepted-outcomes';

type OutcomeLinkPickerProps = {
  projectId: string;
  /** Outcomes linked already; they are not offered again. */
  linkedIds: ReadonlySet<string>;
  onLink: (outcomeId: string) => Promise<unknown>;
};

/**
 * Search the project's accepted outcomes by the words of their statement (on the server) and link one.
 * The option's label is the statement itself, so the search the picked option leaves in the box finds it again.
 */
export function OutcomeLinkPicker({ projectId, linkedIds, onLink }: OutcomeLinkPickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [selected, setSelected] = useState<Outcome | null>(null);
  const [linking, setLinking] = useState(false);
  const results = useAcceptedOutcomes(projectId, debounced);
  const found = useMemo(() => results.data?.pages.flatMap((page) => page.items) ?? [], [results.data]);

  const options = useMemo(() => {
    const byId = new Map<string, Outcome>();
    for (const outcome of selected ? [selected, ...found] : found) if (!linkedIds.has(outcome.id)) byId.set(outcome.id, outcome);
    return [...byId.values()];
  }, [found, selected, linkedIds]);
  const keys = useMemo(() => new Map(options.map((outcome) => [outcome.id, outcome.key])), [options]);

  const link = async () => {
    if (!selected) return;
    setLinking(true);
    try {
      await onLink(selected.id);
      setSelected(null);
      setSearch('');
    } catch {
      // The mutation's global handler shows the error; the choice stays for another try.
    } finally {
      setLinking(false);
    }
  };

  return (
    <Stack gap={6}>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Select
          style={{ flex: 1 }}
          label="Link an accepted outcome"
          placeholder="Search the statements"
          searchable
          clearable
          searchValue={search}
          onSearchChange={setSearch}
          data={options.map((outcome) => ({ value: outcome.id, label: outcome.statement }))}
          value={selected?.id ?? null}
          onChange={(value) => setSelected(options.find((outcome) => outcome.id === value) ?? null)}
          // The server already matched the words; do not filter its answer again.
          filter={({ options: all }) => all}
          renderOption={({ option }) => (
            <Text size="sm">
              <Text span fw={600} size="sm">
                {keys.get(option.value)}
              </Text>{' '}
              {option.label}
            </Text>
          )}
          nothingFoundMessage={results.isFetching ? 'Searching…' : 'No accepted outcome matches'}
          comboboxProps={{ withinPortal: true }}
        />
        <Button leftSection={<IconLink size={14} aria-hidden />} disabled={!selected} loading={linking} onClick={() => void link()}>
          Link outcome
        </Button>
      </Group>
      {results.isError ? (
        <Text size="xs" c="red">
          Could not search the outcomes.
        </Text>
      ) : null}
    </Stack>
  );
}
