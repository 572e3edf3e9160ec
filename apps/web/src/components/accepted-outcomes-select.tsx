import { MultiSelect } from '@mantine/core';
import type { Outcome } from '@outcome-atlas/contracts';
import { useMemo } from 'react';
import { useAcceptedOutcomes } from '../lib/outcomes-by-status';

/** An outcome already linked: named by what the caller knows of it, since it may no longer be accepted. */
export type KnownOutcome = { outcomeId: string; key: string; statement: string };

type Option = { value: string; label: string };

const NO_LONGER_ACCEPTED = 'An outcome that is no longer accepted';

/**
 * The choices: every accepted outcome, then the linked ones that are no longer accepted (named when known),
 * so they can still be seen and removed.
 */
export function acceptedOutcomeOptions(accepted: readonly Pick<Outcome, 'id' | 'key' | 'statement'>[] | undefined, known: readonly KnownOutcome[], value: readonly string[]): Option[] {
  const options: Option[] = (accepted ?? []).map((outcome) => ({ value: outcome.id, label: `${outcome.key} ${outcome.statement}` }));
  const listed = new Set(options.map((option) => option.value));
  for (const outcome of known) {
    if (listed.has(outcome.outcomeId)) continue;
    listed.add(outcome.outcomeId);
    options.push({ value: outcome.outcomeId, label: `${outcome.key} ${outcome.statement}` });
  }
  // Until the list has loaded, an id is not known to be missing from it.
  if (accepted) for (const id of value) if (!listed.has(id)) options.push({ value: id, label: NO_LONGER_ACCEPTED });
  return options;
}

type AcceptedOutcomesSelectProps = {
  projectId: string;
  label: string;
  description: string;
  /** Outcomes already linked, so they stay named even if no longer accepted. */
  known?: readonly KnownOutcome[];
  value: string[];
  onChange: (value: string[]) => void;
  onBlur: () => void;
  error?: string | undefined;
};

const NONE_KNOWN: readonly KnownOutcome[] = [];

/** A searchable choice of the project's accepted outcomes (opportunities): what a KPI measures, what a solution targets. */
export function AcceptedOutcomesSelect({ projectId, label, description, known = NONE_KNOWN, value, onChange, onBlur, error }: AcceptedOutcomesSelectProps) {
  const outcomes = useAcceptedOutcomes(projectId);
  const options = useMemo(() => acceptedOutcomeOptions(outcomes.data, known, value), [outcomes.data, known, value]);

  return (
    <MultiSelect
      label={label}
      description={description}
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
