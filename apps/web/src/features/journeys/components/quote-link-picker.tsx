import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLink } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useInterviewHighlights, useInterviewSearch } from '../api/search-interviews';

type QuoteLinkPickerProps = {
  projectId: string;
  /** Highlights linked already; they are not offered again. */
  linkedIds: ReadonlySet<string>;
  onLink: (highlightId: string) => Promise<unknown>;
};

const shorten = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Pick an interview (searched on the server), then one of its highlights, and link that quote. */
export function QuoteLinkPicker({ projectId, linkedIds, onLink }: QuoteLinkPickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [interview, setInterview] = useState<{ id: string; title: string } | null>(null);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const [linking, setLinking] = useState(false);
  const interviews = useInterviewSearch(projectId, debounced);
  const detail = useInterviewHighlights(interview?.id ?? null);

  const interviewOptions = useMemo(() => {
    const found = interviews.data?.pages.flatMap((page) => page.items.map((item) => ({ value: item.id, label: item.title }))) ?? [];
    return interview && !found.some((option) => option.value === interview.id) ? [{ value: interview.id, label: interview.title }, ...found] : found;
  }, [interviews.data, interview]);
  const highlightOptions = useMemo(
    () => (detail.data?.highlights ?? []).filter((highlight) => !linkedIds.has(highlight.id)).map((highlight) => ({ value: highlight.id, label: shorten(highlight.quote) })),
    [detail.data, linkedIds],
  );

  const link = async () => {
    if (!highlightId) return;
    setLinking(true);
    try {
      await onLink(highlightId);
      setHighlightId(null);
    } catch {
      // The mutation's global handler shows the error; the choice stays for another try.
    } finally {
      setLinking(false);
    }
  };

  return (
    <Stack gap={6}>
      <Select
        label="Interview"
        placeholder="Search the interviews"
        searchable
        clearable
        searchValue={search}
        onSearchChange={setSearch}
        data={interviewOptions}
        value={interview?.id ?? null}
        onChange={(value) => {
          const option = interviewOptions.find((candidate) => candidate.value === value);
          setInterview(option ? { id: option.value, title: option.label } : null);
          setHighlightId(null);
        }}
        filter={({ options }) => options}
        nothingFoundMessage={interviews.isFetching ? 'Searching…' : 'No interview matches'}
        comboboxProps={{ withinPortal: true }}
      />
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Select
          style={{ flex: 1 }}
          label="Quote"
          placeholder={interview ? (detail.isPending ? 'Loading the highlights…' : 'Pick a highlight') : 'Pick an interview first'}
          disabled={!interview || detail.isPending}
          searchable
          data={highlightOptions}
          value={highlightId}
          onChange={setHighlightId}
          nothingFoundMessage="No highlight left to link in this interview"
          comboboxProps={{ withinPortal: true }}
        />
        <Button leftSection={<IconLink size={14} aria-hidden />} disabled={!highlightId} loading={linking} onClick={() => void link()}>
          Link quote
        </Button>
      </Group>
      {interviews.isError || detail.isError ? (
        <Text size="xs" c="red">
          Could not load the interviews or their highlights.
        </Text>
      ) : null}
    </Stack>
  );
}
