import { KPI_STATUSES } from '@outcome-atlas/contracts';
import { describe, expect, it } from 'vitest';
import { KPI_STATUS_STYLES } from './kpi-status';

describe('KPI status styles', () => {
  it.each([
    { status: 'meets', label: 'Meets target', color: 'teal' },
    { status: 'misses', label: 'Misses target', color: 'red' },
    { status: 'no-target', label: 'No target', color: 'gray' },
    { status: 'no-data', label: 'No data', color: 'yellow' },
  ] as const)('$status reads "$label" in $color', ({ status, label, color }) => {
    expect(KPI_STATUS_STYLES[status]).toMatchObject({ label, color });
  });

  it('tells every status apart by words and by colour', () => {
    expect(new Set(KPI_STATUSES.map((status) => KPI_STATUS_STYLES[status].label)).size).toBe(KPI_STATUSES.length);
    expect(new Set(KPI_STATUSES.map((status) => KPI_STATUS_STYLES[status].color)).size).toBe(KPI_STATUSES.length);
  });
});
