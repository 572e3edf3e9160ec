import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { callsTo, outcome, projectId, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { fixtureId, kpiDetail, kpiId, measurement, sizeCharts } from '../testing/kpi-fixtures';
import { KpiDetailView } from './kpi-detail-view';

const journeyId = fixtureId(0x22, 1);
const touchpointId = fixtureId(0x22, 2);
const solutionId = fixtureId(0x23, 1);
const measured = outcome(1, { status: 'accepted' });

const detail = kpiDetail({
  attachment: { kind: 'touchpoint', id: touchpointId, name: 'Connect the bank feed', journeyId },
  outcomeIds: [measured.id],
  shipMarkers: [{ solutionId, title: 'Auto-match bank lines', shipDate: '2026-02-15', status: 'shipped' }],
});
const series = [
  measurement(1, { value: 18, source: 'computed', inputs: { promoters: 60, passives: 30, detractors: 42, n: 132 } }),
  measurement(2, { value: 24 }),
  measurement(3, { value: 32, sampleSize: null, source: 'imported' }),
];

function renderDetail({ canWrite = true, measurements = series, onMeasurementPost }: { canWrite?: boolean; measurements?: typeof series; onMeasurementPost?: () => Response } = {}) {
  const fetchMock = stubApi([
    { method: 'GET', path: /\/kpis\/[^/]+$/, respond: () => jsonResponse(detail) },
    // Two pages, so the view must follow the cursor to draw the whole series.
    {
      method: 'GET',
      path: /\/kpis\/[^/]+\/measurements$/,
      respond: (url) => jsonResponse(url.searchParams.get('cursor') ? { items: measurements.slice(2), nextCursor: null } : { items: measurements.slice(0, 2), nextCursor: measurements.length > 2 ? 'page-2' : null }),
    },
    { method: 'GET', path: /\/projects\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: [measured], nextCursor: null }) },
    { method: 'DELETE', path: /\/kpi-measurements\/[^/]+$/, respond: () => new Response(null, { status: 204 }) },
    { method: 'POST', path: /\/kpis\/[^/]+\/measurements$/, respond: onMeasurementPost ?? (() => jsonResponse(measurement(4), 201)) },
  ]);
  const onDeleted = vi.fn();
  renderWithProviders(<KpiDetailView projectId={projectId} kpiId={kpiId} canWrite={canWrite} onDeleted={onDeleted} />);
  return { fetchMock, onDeleted };
}

describe('KpiDetailView', () => {
  it('shows where the KPI stands, links its touchpoint in the journey atlas and its measured outcomes', async () => {
    renderDetail();
    expect(await screen.findByRole('heading', { name: 'Relationship NPS', level: 1 })).toBeInTheDocument();
    expect(screen.getByTestId('kpi-latest')).toHaveTextContent('+32');
    expect(screen.getByText(/Target \+30/)).toBeInTheDocument();
    expect(screen.getAllByText('Meets target').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Connect the bank feed' })).toHaveAttribute('href', `/projects/${projectId}/journeys/${journeyId}?touchpoint=${touchpointId}`);
    expect(await screen.findByRole('link', { name: `O-1 ${measured.statement}` })).toHaveAttribute('href', `/projects/${projectId}/outcomes?outcome=${measured.id}`);
  });

  it('draws every value with the target line and a line per shipped solution, listed with links below', async () => {
    sizeCharts();
    const { fetchMock } = renderDetail();
    const chart = await screen.findByRole('img', { name: /Trend of Relationship NPS: 3 values/ });
    expect(chart).toHaveAccessibleName(expect.stringContaining('target +30, 1 solution shipped'));
    await waitFor(() => expect(within(chart).getByText('Target')).toBeInTheDocument());
    expect(within(chart).getByText('Auto-match bank lines')).toBeInTheDocument();
    const cursors = callsTo(fetchMock, 'GET', /\/measurements$/).map(([input]) => new URL(String(input), 'http://localhost').searchParams.get('cursor'));
    expect(cursors).toContain('page-2');

    const shipped = screen.getByRole('list', { name: 'Shipped solutions' });
    expect(within(shipped).getByRole('link', { name: 'Auto-match bank lines' })).toHaveAttribute('href', `/projects/${projectId}/solutions/${solutionId}`);
    expect(within(shipped).getByText(/15 Feb 2026|Feb 15, 2026/)).toBeInTheDocument();
  });

  it('lists the values newest first with their source and counts, and deletes one after confirming', async () => {
    const { fetchMock } = renderDetail();
    const table = await screen.findByRole('table', { name: 'Measurements' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    const [, newest, , oldest] = within(table).getAllByRole('row');
    expect(newest).toHaveTextContent('+32');
    expect(newest).toHaveTextContent('Imported');
    expect(oldest).toHaveTextContent('+18');
    expect(oldest).toHaveTextContent('P 60 · Pa 30 · D 42 · n 132');
    expect(oldest).toHaveTextContent('Computed');

    await userEvent.click(within(oldest!).getByRole('button', { name: /Delete the value for/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete value' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete value' }));
    await waitFor(() => expect(callsTo(fetchMock, 'DELETE', /\/kpi-measurements\//)).toHaveLength(1));
    expect(String(callsTo(fetchMock, 'DELETE', /\/kpi-measurements\//)[0]?.[0])).toContain(series[0]!.id);
  });

  it('records a value, showing the server’s 422 on the value field', async () => {
    const { fetchMock } = renderDetail({
      onMeasurementPost: () => jsonResponse({ error: { code: 'MEASUREMENT_OUT_OF_RANGE', message: 'An NPS lies between −100 and 100' } }, 422),
    });
    const form = await screen.findByRole('form', { name: 'Add value' });
    await userEvent.type(within(form).getByLabelText(/Period start/), '2026-11-01');
    await userEvent.type(within(form).getByLabelText(/Period end/), '2026-10-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Add value' }));
    expect(await within(form).findByText('The period ends before it starts')).toBeInTheDocument();
    expect(within(form).getByText('Enter the value')).toBeInTheDocument();

    await userEvent.clear(within(form).getByLabelText(/Period end/));
    await userEvent.type(within(form).getByLabelText(/Period end/), '2026-11-30');
    await userEvent.type(within(form).getByRole('textbox', { name: /Value/ }), '55');
    await userEvent.type(within(form).getByRole('textbox', { name: /Sample size/ }), '240');
    await userEvent.click(within(form).getByRole('button', { name: 'Add value' }));

    expect(await within(form).findByText('An NPS lies between −100 and 100')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Value/ })).toHaveAttribute('aria-invalid', 'true');
    expect(JSON.parse(String(callsTo(fetchMock, 'POST', /\/measurements$/)[0]?.[1]?.body))).toEqual({ periodStart: '2026-11-01', periodEnd: '2026-11-30', value: 55, sampleSize: 240 });
  });

  it('offers no editing to viewers and invites values when there are none', async () => {
    renderDetail({ canWrite: false, measurements: [] });
    expect(await screen.findByText('No values yet')).toBeInTheDocument();
    expect(screen.getByText('Nobody has recorded a value yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit KPI' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add value' })).not.toBeInTheDocument();
  });
});
