import { MultiSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useAcceptedOutcomes } from '../api/get-accepted-outcomes';

type MeasuredOutcomesSelectProps = {
  projectId: string;
  value: string[];
  onChange: (value: string[]) => void;
  onBlur: () => void;
  error?: string | undefined;
};

/** The accepted outcomes (opportunities) the KPI tells about; ones no longer accepted stay listed so they can be removed. */
export function MeasuredOutcomesSelect({ projectId, value, onChange, onBlur, error }: MeasuredOutcomesSelectProps) {
  const outcomes = useAcceptedOutcomes(projectId);
  const options = useMemo(() => {
    const accepted = (outcomes.data ?? []).map((outcome) => ({ value: outcome.id, label: `${outcome.key} ${outcome.statement}` }));
    const known = new Set(accepted.map((option) => option.value));
    const others = outcomes.data ? value.filter((id) => !known.has(id)).map((id) => ({ value: id, label: 'An outcome that is no longer accepted' })) : [];
    return [...accepted, ...others];
  }, [outcomes.data, value]);

  return (
    <MultiSelect
      label="Measured outcomes"
      description="The accepted outcomes (opportunities) whose progress this KPI shows."
      placeholder={outcomes.isPending ? 'Loading outcomes…' : options.length === 0 ? 'No accepted outcomes yet' : 'Search by key or words'}
      data={options}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      searchable
      clearable
      hidePickedOptions
      maxDropdownHeight={260}
      nothingFoundMessage="No accepted outcome matches"
      disabled={outcomes.isPending}
      error={error ?? (outcomes.isError ? 'Could not load the outcomes' : undefined)}
    />
  );
}
