import { type ComboboxItem, type ComboboxItemGroup, Select } from '@mantine/core';
import type { SegmentOption } from '@outcome-atlas/contracts';
import { pluralize } from '../../../lib/format';
import { useSegments } from '../api/get-segments';

const ALL = '__all__';
const GROUPS: { kind: SegmentOption['kind']; label: string }[] = [
  { kind: 'label', label: 'Segments' },
  { kind: 'attribute', label: 'Attributes' },
  { kind: 'saved', label: 'Saved segments' },
];

type SegmentSelectProps = {
  projectId: string;
  label: string;
  value: string | null;
  onChange: (filter: string | null) => void;
  /** Offer "All respondents" (null); the comparison needs two real segments instead. */
  allowAll?: boolean;
  w?: number;
};

function segmentGroups(segments: SegmentOption[], value: string | null): ComboboxItemGroup<ComboboxItem>[] {
  const groups = GROUPS.map(({ kind, label }) => ({
    group: label,
    items: segments.filter((segment) => segment.kind === kind).map((segment) => ({ value: segment.filter, label: `${segment.label} · ${pluralize(segment.respondents, 'respondent')}` })),
  }));
  // A filter typed into the URL (or a segment not loaded yet) still shows as chosen.
  if (value !== null && !segments.some((segment) => segment.filter === value)) groups.push({ group: 'Other', items: [{ value, label: value }] });
  return groups.filter((group) => group.items.length > 0);
}

/** Picks the respondents to score over: segment labels, attribute values and saved segments, with their sizes. */
export function SegmentSelect({ projectId, label, value, onChange, allowAll = false, w = 240 }: SegmentSelectProps) {
  const segments = useSegments(projectId);
  const groups = segmentGroups(segments.data ?? [], value);
  const data: (ComboboxItem | ComboboxItemGroup<ComboboxItem>)[] = allowAll ? [{ value: ALL, label: 'All respondents' }, ...groups] : groups;
  return (
    <Select
      label={label}
      data={data}
      value={value ?? (allowAll ? ALL : null)}
      onChange={(next) => onChange(next === null || next === ALL ? null : next)}
      placeholder={segments.isPending ? 'Loading segments…' : 'Pick a segment'}
      error={segments.isError ? 'Could not load the segments' : undefined}
      nothingFoundMessage="No segments yet"
      allowDeselect={false}
      searchable
      w={w}
    />
  );
}
