import type { Kpi } from '@outcome-atlas/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { projectId } from '../../../testing/extraction-fixtures';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { kpi, kpiId } from '../testing/kpi-fixtures';
import { KpiCard } from './kpi-card';

const renderCard = (overrides: Partial<Kpi>) => {
  renderWithProviders(<KpiCard kpi={kpi(overrides)} />);
  return screen.getByRole('article', { name: overrides.name ?? 'Relationship NPS' });
};

describe('KpiCard', () => {
  it.each([
    { name: 'Relationship NPS', type: 'nps', unit: 'NPS', latest: 32, target: 30, status: 'meets', abbreviation: 'NPS', value: '+32', targetText: 'Target +30', statusText: 'Meets target' },
    { name: 'CSAT after bank connection', type: 'csat', unit: '%', scale: 5, latest: 71.25, target: 80, status: 'misses', abbreviation: 'CSAT', value: '71.3%', targetText: 'Target 80%', statusText: 'Misses target' },
    { name: 'Effort to connect', type: 'ces', unit: 'mean', scale: 7, latest: 3.44, target: 3, status: 'misses', higherIsBetter: false, abbreviation: 'CES', value: '3.4 / 7', targetText: 'Target 3.0 / 7', statusText: 'Misses target' },
    { name: 'Time to first close', type: 'ttv', unit: 'days', latest: 12, target: null, status: 'no-target', higherIsBetter: false, abbreviation: 'TTV', value: '12 days', targetText: 'No target', statusText: 'No target' },
    { name: 'Lifetime value', type: 'clv', unit: 'EUR', latest: null, latestPeriodEnd: null, trend: [], target: 1500, status: 'no-data', abbreviation: 'CLV', value: 'No value yet', targetText: 'Target €1,500', statusText: 'No data' },
  ] as const)('shows $type as "$value" against "$targetText" with "$statusText"', ({ abbreviation, value, targetText, statusText, ...overrides }) => {
    const card = renderCard(overrides as Partial<Kpi>);
    expect(within(card).getByTestId('kpi-latest')).toHaveTextContent(value);
    expect(within(card).getByTestId('kpi-target')).toHaveTextContent(targetText);
    expect(within(card).getByText(statusText)).toBeInTheDocument();
    expect(within(card).getByText(abbreviation)).toBeInTheDocument();
  });

  it('links to the KPI, names its level and attachment, and describes the trend in words', () => {
    const card = renderCard({ level: 'touchpoint', attachment: { kind: 'touchpoint', id: kpiId, name: 'Connect the bank feed', journeyId: kpiId } });
    expect(within(card).getByRole('link', { name: 'Relationship NPS' })).toHaveAttribute('href', `/projects/${projectId}/kpis/${kpiId}`);
    expect(within(card).getByText('Touchpoint level · Connect the bank feed')).toBeInTheDocument();
    expect(within(card).getByRole('img', { name: /^Trend of Relationship NPS: 2 values, from \+24 .* to \+32/ })).toBeInTheDocument();
  });
});
