import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { projectId, stubApi, uuid } from '../../../testing/extraction-fixtures';
import { opportunityBacklog, opportunityItem, SEGMENT_OPTIONS } from '../../../testing/opportunity-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { OpportunityBacklog } from './opportunity-backlog';

const csatId = uuid(9, 1);
const ttvId = uuid(9, 2);

const chained = opportunityItem(1, {
  journeys: [
    { journeyId: uuid(1, 41), stageId: uuid(1, 42), touchpointId: uuid(1, 43) },
    { journeyId: uuid(1, 41), stageId: uuid(1, 44), touchpointId: null },
  ],
  kpis: [
    { kpiId: csatId, name: 'CSAT after bank connection', type: 'csat', unit: '%', scale: 5, latest: 71.4, target: 80, status: 'misses' },
    // Lower is better: 8 days against a 10-day target meets it.
    { kpiId: ttvId, name: 'Time to first close', type: 'ttv', unit: 'days', scale: null, latest: 8, target: 10, status: 'meets' },
  ],
  solutions: [
    { solutionId: uuid(8, 41), title: 'Auto-match bank lines', status: 'testing' },
    { solutionId: uuid(8, 42), title: 'Guided bank connection', status: 'shipped' },
  ],
});
const onTarget = opportunityItem(2, { kpis: [{ kpiId: ttvId, name: 'Time to first close', type: 'ttv', unit: 'days', scale: null, latest: 8, target: 10, status: 'meets' }] });
const unlinked = opportunityItem(3);

function renderBacklog(items: ReturnType<typeof opportunityItem>[]) {
  stubApi([
    { method: 'GET', path: /\/opportunities$/, respond: () => jsonResponse(opportunityBacklog(items)) },
    { method: 'GET', path: /\/segments$/, respond: () => jsonResponse({ items: SEGMENT_OPTIONS }) },
  ]);
  renderWithProviders(<OpportunityBacklog projectId={projectId} jobStepOptions={[]} />, {
    path: `/projects/${projectId}/opportunities`,
    routePath: '/projects/:projectId/opportunities',
  });
}

const bodyRows = async () => within(await screen.findByRole('table', { name: 'Opportunities' })).getAllByRole('row').slice(1);

describe('Opportunity backlog: the chain per row', () => {
  it('shows journey places, KPIs (red when one misses its target) and solutions with the furthest status', async () => {
    renderBacklog([chained, onTarget, unlinked]);
    const [first, second, third] = await bodyRows();

    expect(within(first!).getByRole('img', { name: 'Shows at 1 touchpoint and 1 stage' })).toHaveTextContent('2');
    const kpis = await within(first!).findByRole('img', { name: '2 KPIs, 1 missing target' });
    expect(kpis).toHaveAttribute('data-missing', 'true');
    expect(within(first!).getByRole('img', { name: '2 solutions, furthest: Shipped' })).toHaveTextContent('2');

    // The TTV KPI is lower-is-better: 8 days against 10 meets the target.
    const secondKpis = within(second!).getByRole('img', { name: '1 KPI' });
    expect(secondKpis).not.toHaveAttribute('data-missing');

    expect(within(third!).getByRole('img', { name: 'Not in a journey' })).toHaveTextContent('0');
    expect(within(third!).getByRole('img', { name: 'No KPI' })).toHaveAttribute('data-empty', 'true');
    expect(within(third!).getByRole('img', { name: 'No solution' })).toBeInTheDocument();
  });

  it('gives each KPI latest vs target in a tooltip that keyboard users reach too', async () => {
    renderBacklog([chained]);
    const [row] = await bodyRows();
    const kpis = await within(row!).findByRole('img', { name: '2 KPIs, 1 missing target' });
    act(() => kpis.focus());
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('CSAT after bank connection: 71.4% (target 80%), missing target');
    expect(tooltip).toHaveTextContent('Time to first close: 8 days (target 10 days)');
  });
});
