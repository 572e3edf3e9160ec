import { MultiSelect } from '@mantine/core';
import type { AtlasOpportunity } from '@outcome-atlas/contracts';
import { useMemo } from 'react';
import { useAcceptedOutcomes } from '../api/get-accepted-outcomes';

type TargetedOutcomesSelectProps = {
  projectId: string;
  /** Opportunities the solution already targets, so they stay named even if no longer accepted. */
  known: AtlasOpportunity[];
  value: string[];
  onChange: (value: string[]) => void;
  onBlur: () => void;
  error?: string | undefined;
};

/** The accepted outcomes (opportunities) the solution is aimed at. */
export function TargetedOutcomesSelect({ projectId, known, value, onChange, onBlur, error }: TargetedOutcomesSelectProps) {
  const outcomes = useAcceptedOutcomes(projectId);
  const options = useMemo(() => {
    const accepted = (outcomes.data ?? []).map((outcome) => ({ value: outcome.id, label: `${outcome.key} ${outcome.statement}` }));
    const listed = new Set(accepted.map((option) => option.value));
    const others = known.filter((opportunity) => !listed.has(opportunity.outcomeId)).map((opportunity) => ({ value: opportunity.outcomeId, label: `${opportunity.key} ${opportunity.statement}` }));
    return [...accepted, ...others];
  }, [outcomes.data, known]);

  return (
    <MultiSelect
      label="Targeted opportunities"
      description="The accepted outcomes this solution is aimed at."
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
