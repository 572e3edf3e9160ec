import { Chip, Group, NumberInput } from '@mantine/core';
import { OPPORTUNITY_ZONES, type OpportunityZoneName } from '@outcome-atlas/contracts';
import { ZONE_STYLES } from '../../../components/zones';
import type { OpportunityFilters } from '../utils/opportunity-filters';
import { JobStepSelect, type SelectOption } from './job-step-select';
import { SegmentSelect } from './segment-select';

type OpportunityFiltersBarProps = {
  projectId: string;
  filters: OpportunityFilters;
  jobStepOptions: SelectOption[];
  onChange: (patch: Partial<OpportunityFilters>) => void;
};

export function OpportunityFiltersBar({ projectId, filters, jobStepOptions, onChange }: OpportunityFiltersBarProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter opportunities">
      <SegmentSelect projectId={projectId} label="Segment" value={filters.segment} onChange={(segment) => onChange({ segment })} allowAll />
      <JobStepSelect options={jobStepOptions} value={filters.jobStepId} onChange={(jobStepId) => onChange({ jobStepId })} />
      <NumberInput
        label="Min. opportunity"
        placeholder="Any"
        min={0}
        max={20}
        step={0.5}
        decimalScale={1}
        clampBehavior="strict"
        value={filters.minOpportunity ?? ''}
        onChange={(value) => onChange({ minOpportunity: typeof value === 'number' ? value : null })}
        w={150}
      />
      <Chip.Group multiple value={filters.zones} onChange={(value) => onChange({ zones: value as OpportunityZoneName[] })}>
        <Group gap={6} role="group" aria-label="Zone" pb={6}>
          {OPPORTUNITY_ZONES.map((zone) => (
            <Chip key={zone} value={zone} size="xs" color={ZONE_STYLES[zone].color}>
              {ZONE_STYLES[zone].label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Group>
  );
}
