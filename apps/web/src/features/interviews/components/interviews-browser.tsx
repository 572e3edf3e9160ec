import { useDebouncedValue } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { InterviewFilters as Filters } from '../api/get-interviews';
import { type FilterOption, InterviewFilters } from './interview-filters';
import { InterviewsList } from './interviews-list';

type InterviewsBrowserProps = {
  projectId: string;
  personaOptions: FilterOption[];
  tagOptions: FilterOption[];
  emptyAction?: ReactNode;
};

/** Search box and filters live in the URL (?q=&personaId=&tagId=), so a search can be shared or reloaded. */
export function InterviewsBrowser({ projectId, personaOptions, tagOptions, emptyAction }: InterviewsBrowserProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('q') ?? '';
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const filters: Filters = { q: debouncedSearch, personaId: searchParams.get('personaId'), tagId: searchParams.get('tagId') };

  const setParam = (name: string, value: string | null) => {
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  const personaNames = Object.fromEntries(personaOptions.map((option) => [option.value, option.label]));

  return (
    <>
      <InterviewFilters
        search={search}
        personaId={filters.personaId}
        tagId={filters.tagId}
        personaOptions={personaOptions}
        tagOptions={tagOptions}
        searching={search !== debouncedSearch}
        onSearchChange={(value) => setParam('q', value)}
        onPersonaChange={(value) => setParam('personaId', value)}
        onTagChange={(value) => setParam('tagId', value)}
      />
      <InterviewsList projectId={projectId} filters={filters} personaNames={personaNames} emptyAction={emptyAction} />
    </>
  );
}
