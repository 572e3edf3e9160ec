import { Group, Select } from '@mantine/core';
import type { KpiStatus } from '@outcome-atlas/contracts';
import type { KpiLevel, KpiType } from '@outcome-atlas/domain';
import { LEVEL_OPTIONS, STATUS_OPTIONS, TYPE_OPTIONS } from '../utils/kpi-labels';
import type { KpiFilters } from '../utils/kpi-filters';

type KpiFiltersBarProps = { filters: KpiFilters; onChange: (patch: Partial<KpiFilters>) => void };

export function KpiFiltersBar({ filters, onChange }: KpiFiltersBarProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter KPIs">
      <Select label="Type" placeholder="Any type" data={TYPE_OPTIONS} value={filters.type} onChange={(value) => onChange({ type: value as KpiType | null })} clearable w={240} />
      <Select label="Level" placeholder="Any level" data={LEVEL_OPTIONS} value={filters.level} onChange={(value) => onChange({ level: value as KpiLevel | null })} clearable w={170} />
      <Select
        label="Status"
        placeholder="Any status"
        data={STATUS_OPTIONS}
        value={filters.status}
        onChange={(value) => onChange({ status: value as KpiStatus | null })}
        clearable
        w={170}
      />
    </Group>
  );
}
