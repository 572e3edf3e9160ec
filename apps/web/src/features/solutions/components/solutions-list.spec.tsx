import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsTo, projectId, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { expectedKpiId, fixtureId, opportunity, solution, solutionId } from '../testing/solution-fixtures';
import { SolutionsList } from './solutions-list';

const base = `/projects/${projectId}/solutions`;
const shipped = solution({ id: fixtureId(0x44, 2), title: 'Reminder emails before the close', status: 'shipped', shipDate: '2026-09-15', expectedKpi: null, expectedDirection: null, outcomes: [] });

function renderList(list: (url: URL) => unknown, { path = base, canWrite = true } = {}) {
  const fetchMock = stubApi([
    { method: 'GET', path: /\/projects\/[^/]+\/solutions$/, respond: (url) => jsonResponse(list(url)) },
    { method: 'GET', path: /\/projects\/[^/]+\/(kpis|outcomes)$/, respond: () => jsonResponse({ items: [], nextCursor: null }) },
  ]);
  const view = renderWithProviders(<SolutionsList projectId={projectId} canWrite={canWrite} />, { path, routePath: '/projects/:projectId/solutions' });
  return { fetchMock, ...view };
}

const lastQuery = (fetchMock: ReturnType<typeof stubApi>) => new URL(String(callsTo(fetchMock, 'GET', /\/solutions$/).at(-1)?.[0]), 'http://localhost').searchParams;

describe('SolutionsList', () => {
  it('lists each solution with its status, ship date, zone-coloured targets and expected KPI', async () => {
    renderList(() => ({ items: [solution(), shipped], nextCursor: null }));
    const table = await screen.findByRole('table', { name: 'Solutions' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByRole('link', { name: 'Auto-match bank lines to invoices' })).toHaveAttribute('href', `/projects/${projectId}/solutions/${solutionId}`);
    expect(within(first!).getByText('Testing')).toBeInTheDocument();
    const extreme = within(first!).getByRole('link', { name: /^O-1: .*Extreme opportunity, score 16\.0/ });
    expect(extreme).toHaveTextContent('O-1 · 16.0');
    expect(extreme).toHaveAttribute('data-zone', 'extreme');
    expect(extreme).toHaveAttribute('href', `/projects/${projectId}/outcomes?outcome=${opportunity(1).outcomeId}`);
    expect(within(first!).getByRole('link', { name: 'CSAT after bank connection' })).toHaveAttribute('href', `/projects/${projectId}/kpis/${expectedKpiId}`);
    expect(within(first!).getByText('Expected to increase:')).toBeInTheDocument();
    expect(within(second!).getByText('Shipped')).toBeInTheDocument();
    expect(within(second!).getByText(/15 Sept? 2026|Sep 15, 2026/)).toBeInTheDocument();
    expect(within(second!).getByText('None chosen')).toBeInTheDocument();
  });

  it('filters by status through the URL and loads more', async () => {
    const { fetchMock, router } = renderList((url) =>
      url.searchParams.get('cursor') ? { items: [shipped], nextCursor: null } : { items: [solution()], nextCursor: url.searchParams.get('status') ? null : 'next' },
    );
    await screen.findByRole('table', { name: 'Solutions' });
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Reminder emails before the close')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'Shipped' }));
    await waitFor(() => expect(lastQuery(fetchMock).get('status')).toBe('shipped'));
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('shipped');
  });

  it('says when a status has no solutions and invites the first one', async () => {
    renderList(() => ({ items: [], nextCursor: null }), { path: `${base}?status=dropped` });
    expect(await screen.findByText('No dropped solutions')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show all solutions' }));
    expect(await screen.findByText('No solutions yet')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New solution' }));
    expect(await screen.findByRole('dialog', { name: 'New solution' })).toBeInTheDocument();
  });
});
