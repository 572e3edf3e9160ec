import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsTo, projectId, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { fixtureId, kpi } from '../testing/kpi-fixtures';
import { KpiOverview } from './kpi-overview';

const base = `/projects/${projectId}/kpis`;
const page1 = [kpi({ id: fixtureId(0x30, 1), name: 'Relationship NPS' }), kpi({ id: fixtureId(0x30, 2), name: 'CSAT after bank connection', type: 'csat', unit: '%', scale: 5, latest: 71, target: 80, status: 'misses' })];
const page2 = [kpi({ id: fixtureId(0x30, 3), name: 'Time to first close', type: 'ttv', unit: 'days', latest: 12, higherIsBetter: false, target: null, status: 'no-target' })];

function renderOverview(list: (url: URL) => unknown, { path = base, canWrite = true } = {}) {
  const fetchMock = stubApi([
    { method: 'GET', path: /\/projects\/[^/]+\/kpis$/, respond: (url) => jsonResponse(list(url)) },
    { method: 'GET', path: /\/projects\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: [], nextCursor: null }) },
  ]);
  const view = renderWithProviders(<KpiOverview projectId={projectId} canWrite={canWrite} />, { path, routePath: '/projects/:projectId/kpis' });
  return { fetchMock, ...view };
}

const lastQuery = (fetchMock: ReturnType<typeof stubApi>) => new URL(String(callsTo(fetchMock, 'GET', /\/kpis$/).at(-1)?.[0]), 'http://localhost').searchParams;

describe('KpiOverview', () => {
  it('shows a card per KPI and loads more pages', async () => {
    const { fetchMock } = renderOverview((url) => (url.searchParams.get('cursor') ? { items: page2, nextCursor: null } : { items: page1, nextCursor: 'next' }));
    expect(await screen.findByRole('article', { name: 'Relationship NPS' })).toBeInTheDocument();
    expect(within(screen.getByRole('article', { name: 'CSAT after bank connection' })).getByText('Misses target')).toBeInTheDocument();
    expect(screen.getByText('The first 2 KPIs')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('article', { name: 'Time to first close' })).toBeInTheDocument();
    expect(screen.getByText('3 KPIs')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(lastQuery(fetchMock).get('cursor')).toBe('next');
  });

  it('reads the filters from the URL, sends them, and writes changes back', async () => {
    const { fetchMock, router } = renderOverview(() => ({ items: page1, nextCursor: null }), { path: `${base}?type=nps&status=meets` });
    await screen.findByRole('article', { name: 'Relationship NPS' });
    expect(lastQuery(fetchMock).get('type')).toBe('nps');
    expect(lastQuery(fetchMock).get('status')).toBe('meets');
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('NPS · Net Promoter Score');

    await userEvent.click(screen.getByRole('combobox', { name: 'Level' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Touchpoint', hidden: true }));
    await waitFor(() => expect(lastQuery(fetchMock).get('level')).toBe('touchpoint'));
    expect(new URLSearchParams(router.state.location.search).get('level')).toBe('touchpoint');
    expect(new URLSearchParams(router.state.location.search).get('type')).toBe('nps');
  });

  it('offers to clear filters that match nothing', async () => {
    const { router } = renderOverview((url) => (url.searchParams.get('status') ? { items: [], nextCursor: null } : { items: page1, nextCursor: null }), { path: `${base}?status=misses` });
    expect(await screen.findByText('No KPIs match')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('article', { name: 'Relationship NPS' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });

  it('invites the first KPI, opening the form', async () => {
    renderOverview(() => ({ items: [], nextCursor: null }));
    expect(await screen.findByText('No KPIs yet')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New KPI' }));
    expect(await screen.findByRole('dialog', { name: 'New KPI' })).toBeInTheDocument();
  });

  it('lets viewers look without offering to create', async () => {
    renderOverview(() => ({ items: page1, nextCursor: null }), { canWrite: false });
    await screen.findByRole('article', { name: 'Relationship NPS' });
    expect(screen.queryByRole('button', { name: 'New KPI' })).not.toBeInTheDocument();
  });
});
