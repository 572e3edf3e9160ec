import { KPI_STATUSES } from '@outcome-atlas/contracts';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render-with-providers';
import { KPI_STATUS_STYLES, KpiStatusBadge } from './kpi-status-badge';

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

describe('KpiStatusBadge', () => {
  it('says the status in words and explains it on focus', async () => {
    renderWithProviders(<KpiStatusBadge status="misses" />);
    const badge = screen.getByText('Misses target').closest<HTMLElement>('[data-kpi-status]');
    expect(badge).toHaveAttribute('data-kpi-status', 'misses');
    expect(badge).toHaveAttribute('tabindex', '0');
    act(() => badge?.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent('The latest value falls short of the target.');
  });
});
