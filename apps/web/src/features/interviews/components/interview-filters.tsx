import { Group, Loader, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

export type FilterOption = { value: string; label: string };

type InterviewFiltersProps = {
  search: string;
  personaId: string | null;
  tagId: string | null;
  personaOptions: FilterOption[];
  tagOptions: FilterOption[];
  searching: boolean;
  onSearchChange: (value: string) => void;
  onPersonaChange: (value: string | null) => void;
  onTagChange: (value: string | null) => void;
};

export function InterviewFilters(props: InterviewFiltersProps) {
  return (
    <Group align="flex-end" gap="sm" mb="md" role="search">
      <TextInput
        label="Search transcripts"
        placeholder={'Words, "a phrase", -exclude'}
        type="search"
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={props.searching ? <Loader size={14} aria-label="Searching" /> : null}
        value={props.search}
        onChange={(event) => props.onSearchChange(event.currentTarget.value)}
        style={{ flex: 1, minWidth: 220 }}
      />
      <Select
        label="Persona"
        placeholder="All personas"
        data={props.personaOptions}
        value={props.personaId}
        onChange={props.onPersonaChange}
        clearable
        w={200}
      />
      <Select label="Tag" placeholder="All tags" data={props.tagOptions} value={props.tagId} onChange={props.onTagChange} clearable searchable w={200} />
    </Group>
  );
}
