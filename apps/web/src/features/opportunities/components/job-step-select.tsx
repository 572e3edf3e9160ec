import { Select } from '@mantine/core';

export type SelectOption = { value: string; label: string };

const ALL = '__all__';

type JobStepSelectProps = { options: SelectOption[]; value: string | null; onChange: (jobStepId: string | null) => void };

export function JobStepSelect({ options, value, onChange }: JobStepSelectProps) {
  return (
    <Select
      label="Job step"
      data={[{ value: ALL, label: 'All job steps' }, ...options]}
      value={value ?? ALL}
      onChange={(next) => onChange(next === null || next === ALL ? null : next)}
      allowDeselect={false}
      w={200}
    />
  );
}
