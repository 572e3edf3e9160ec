import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { callsTo, outcome, projectId, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { expectedKpiId, solution } from '../testing/solution-fixtures';
import { SolutionFormModal } from './solution-form-modal';

const accepted = [outcome(1, { status: 'accepted' }), outcome(2, { status: 'accepted' })];
const kpiItem = {
  id: expectedKpiId,
  projectId,
  name: 'Effort to connect',
  type: 'ces',
  level: 'touchpoint',
  unit: 'mean',
  scale: 7,
  higherIsBetter: false,
  target: 3,
  description: '',
  attachment: { kind: 'project', id: null, name: null, journeyId: null },
  outcomeIds: [],
  latest: null,
  latestPeriodEnd: null,
  status: 'no-data',
  trend: [],
  measurementCount: 0,
  createdAt: '2026-10-02T09:00:00.000Z',
  updatedAt: '2026-10-02T09:00:00.000Z',
};

function renderForm(respond: () => Response) {
  const fetchMock = stubApi([
    { method: 'GET', path: /\/projects\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: accepted, nextCursor: null }) },
    { method: 'GET', path: /\/projects\/[^/]+\/kpis$/, respond: () => jsonResponse({ items: [kpiItem], nextCursor: null }) },
    { method: 'POST', path: /\/projects\/[^/]+\/solutions$/, respond },
  ]);
  const onSaved = vi.fn();
  renderWithProviders(<SolutionFormModal projectId={projectId} opened onClose={() => {}} onSaved={onSaved} />);
  return { fetchMock, onSaved };
}

async function choose(label: RegExp | string, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
}

describe('SolutionForm', () => {
  it('requires a ship date for a shipped solution before sending', async () => {
    const { fetchMock } = renderForm(() => jsonResponse(solution(), 201));
    expect(screen.getByRole('textbox', { name: /Hypothesis/ })).toHaveAttribute('placeholder', 'If we …, then <KPI> moves by …');
    await userEvent.type(screen.getByRole('textbox', { name: /Title/ }), 'Auto-match bank lines');
    await choose(/Status/, 'Shipped');
    expect(screen.getByLabelText(/Ship date/)).toBeRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Create solution' }));
    expect(await screen.findByText('A shipped or evaluated solution needs its ship date')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', /\/solutions$/)).toHaveLength(0);
  });

  it('shows the server’s SHIP_DATE_REQUIRED on the ship date field', async () => {
    renderForm(() => jsonResponse({ error: { code: 'SHIP_DATE_REQUIRED', message: 'Set the ship date of an evaluated solution' } }, 422));
    await userEvent.type(screen.getByRole('textbox', { name: /Title/ }), 'Auto-match bank lines');
    await choose(/Status/, 'Evaluated');
    await userEvent.type(screen.getByLabelText(/Ship date/), '2026-09-15');
    await userEvent.click(screen.getByRole('button', { name: 'Create solution' }));
    expect(await screen.findByText('Set the ship date of an evaluated solution')).toBeInTheDocument();
    expect(screen.getByLabelText(/Ship date/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends the hypothesis, the KPI with its better direction by default, and the targeted outcomes', async () => {
    const created = solution();
    const { fetchMock, onSaved } = renderForm(() => jsonResponse(created, 201));
    await userEvent.type(screen.getByRole('textbox', { name: /Title/ }), 'Guided bank connection');
    await userEvent.type(screen.getByRole('textbox', { name: /Hypothesis/ }), 'If we guide the bank connection, then effort drops by 1 point');
    expect(screen.getByRole('combobox', { name: /Expected direction/ })).toBeDisabled();
    await choose(/Expected KPI/, 'Effort to connect');
    expect(screen.getByRole('combobox', { name: /Expected direction/ })).toHaveValue('Decrease');
    await choose(/Targeted opportunities/, `O-2 ${accepted[1]!.statement}`);
    await userEvent.click(screen.getByRole('button', { name: 'Create solution' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created));
    expect(JSON.parse(String(callsTo(fetchMock, 'POST', /\/solutions$/)[0]?.[1]?.body))).toEqual({
      title: 'Guided bank connection',
      description: '',
      hypothesis: 'If we guide the bank connection, then effort drops by 1 point',
      status: 'idea',
      shipDate: null,
      expectedKpiId,
      expectedDirection: 'decrease',
      outcomeIds: [accepted[1]!.id],
    });
  });
});
