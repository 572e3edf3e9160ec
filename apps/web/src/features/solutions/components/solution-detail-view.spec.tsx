import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { callsTo, projectId, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { expectedKpiId, opportunity, solution, solutionId } from '../testing/solution-fixtures';
import { SolutionDetailView } from './solution-detail-view';

function renderDetail({ patch = () => jsonResponse(solution({ status: 'shipped', shipDate: '2026-09-15' })), canWrite = true } = {}) {
  const fetchMock = stubApi([
    { method: 'GET', path: /\/solutions\/[^/]+$/, respond: () => jsonResponse(solution()) },
    { method: 'PATCH', path: /\/solutions\/[^/]+$/, respond: patch },
    { method: 'DELETE', path: /\/solutions\/[^/]+$/, respond: () => new Response(null, { status: 204 }) },
  ]);
  const onDeleted = vi.fn();
  renderWithProviders(<SolutionDetailView projectId={projectId} solutionId={solutionId} canWrite={canWrite} onDeleted={onDeleted} evaluation={<p>evaluation slot</p>} />);
  return { fetchMock, onDeleted };
}

describe('SolutionDetailView', () => {
  it('shows the hypothesis, the expected KPI and the targeted opportunities linking to their outcomes', async () => {
    renderDetail();
    expect(await screen.findByRole('heading', { name: 'Auto-match bank lines to invoices', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/If we pre-match bank lines/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CSAT after bank connection' })).toHaveAttribute('href', `/projects/${projectId}/kpis/${expectedKpiId}`);
    const targets = screen.getByRole('table', { name: 'Targeted opportunities' });
    expect(within(targets).getByRole('link', { name: opportunity(1).statement })).toHaveAttribute('href', `/projects/${projectId}/outcomes?outcome=${opportunity(1).outcomeId}`);
    expect(within(targets).getByText('Extreme')).toBeInTheDocument();
    expect(screen.getByText('evaluation slot')).toBeInTheDocument();
  });

  it('ships the solution with a ship date', async () => {
    const { fetchMock } = renderDetail();
    await screen.findByRole('heading', { name: 'Auto-match bank lines to invoices', level: 1 });
    const status = screen.getByRole('combobox', { name: 'Status' });
    await userEvent.click(status);
    await userEvent.click(await screen.findByRole('option', { name: 'Shipped', hidden: true }));
    const shipDate = screen.getByLabelText(/Ship date/);
    expect(shipDate).not.toHaveValue('');
    await userEvent.clear(shipDate);
    await userEvent.click(screen.getByRole('button', { name: 'Save status' }));
    expect(await screen.findByText('A shipped or evaluated solution needs its ship date')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'PATCH', /\/solutions\//)).toHaveLength(0);

    await userEvent.type(shipDate, '2026-09-15');
    await userEvent.click(screen.getByRole('button', { name: 'Save status' }));
    await waitFor(() => expect(callsTo(fetchMock, 'PATCH', /\/solutions\//)).toHaveLength(1));
    expect(JSON.parse(String(callsTo(fetchMock, 'PATCH', /\/solutions\//)[0]?.[1]?.body))).toEqual({ status: 'shipped', shipDate: '2026-09-15' });
  });

  it('deletes after confirming', async () => {
    const { fetchMock, onDeleted } = renderDetail();
    await userEvent.click(await screen.findByRole('button', { name: 'Delete solution' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete solution' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete solution' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
    expect(callsTo(fetchMock, 'DELETE', /\/solutions\//)).toHaveLength(1);
  });

  it('is read-only for viewers', async () => {
    renderDetail({ canWrite: false });
    await screen.findByRole('heading', { name: 'Auto-match bank lines to invoices', level: 1 });
    expect(screen.queryByRole('button', { name: 'Edit solution' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Status' })).not.toBeInTheDocument();
  });
});
