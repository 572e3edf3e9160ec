import { Chip, Group, Loader, Select, Stack, Switch, TextInput } from '@mantine/core';
import { OUTCOME_STATUSES, type OutcomeSort, type OutcomeStatus } from '@outcome-atlas/contracts';
import { IconSearch } from '@tabler/icons-react';
import type { OutcomeFilters } from '../utils/outcome-filters';
import { STATUS_LABELS } from './outcome-badges';

export type FilterOption = { value: string; label: string };

const SORT_OPTIONS: { value: OutcomeSort; label: string }[] = [
  { value: 'key', label: 'Key (oldest first)' },
  { value: '-key', label: 'Key (newest first)' },
  { value: '-confidence', label: 'Confidence (highest first)' },
  { value: 'confidence', label: 'Confidence (lowest first)' },
  { value: '-updatedAt', label: 'Recently updated' },
  { value: 'updatedAt', label: 'Least recently updated' },
];

const ALL = 'all';

type OutcomeFiltersBarProps = {
  filters: OutcomeFilters;
  /** What is in the search box now (the list follows it after a pause). */
  search: string;
  searching: boolean;
  jobStepOptions: FilterOption[];
  personaOptions: FilterOption[];
  onChange: (patch: Partial<OutcomeFilters>) => void;
};

export function OutcomeFiltersBar({ filters, search, searching, jobStepOptions, personaOptions, onChange }: OutcomeFiltersBarProps) {
  return (
    <Stack gap="sm" role="search" aria-label="Filter outcomes" mb="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          placeholder="Words in the statement"
          value={search}
          onChange={(event) => onChange({ q: event.currentTarget.value })}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={searching ? <Loader size={14} aria-label="Searching" /> : null}
          w={260}
          type="search"
        />
        <Select
          label="Job step"
          data={[{ value: ALL, label: 'All job steps' }, { value: 'none', label: 'No job step' }, ...jobStepOptions]}
          value={filters.jobStepId ?? ALL}
          onChange={(value) => onChange({ jobStepId: value === ALL ? null : value })}
          allowDeselect={false}
          w={200}
        />
        <Select
          label="Persona"
          data={[{ value: ALL, label: 'All personas' }, ...personaOptions]}
          value={filters.personaId ?? ALL}
          onChange={(value) => onChange({ personaId: value === ALL ? null : value })}
          allowDeselect={false}
          w={180}
        />
        <Select
          label="Sort"
          data={SORT_OPTIONS}
          value={filters.sort}
          onChange={(value) => onChange({ sort: (value ?? 'key') as OutcomeSort })}
          allowDeselect={false}
          w={220}
        />
      </Group>
      <Group gap="lg" wrap="wrap">
        <Chip.Group multiple value={filters.statuses} onChange={(value) => onChange({ statuses: value as OutcomeStatus[] })}>
          <Group gap={6} role="group" aria-label="Status">
            {OUTCOME_STATUSES.map((status) => (
              <Chip key={status} value={status} size="xs">
                {STATUS_LABELS[status]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Switch label="With lint issues" checked={filters.hasLintIssues} onChange={(event) => onChange({ hasLintIssues: event.currentTarget.checked })} />
        <Switch label="Possible duplicates" checked={filters.hasDuplicates} onChange={(event) => onChange({ hasDuplicates: event.currentTarget.checked })} />
      </Group>
    </Stack>
  );
}
