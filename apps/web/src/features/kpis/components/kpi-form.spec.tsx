import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { callsTo, outcome, projectId, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { kpiDetail } from '../testing/kpi-fixtures';
import { KpiFormModal } from './kpi-form-modal';

const accepted = [outcome(1, { status: 'accepted' }), outcome(2, { status: 'accepted' })];

function renderForm(respond: () => Response) {
  const fetchMock = stubApi([
    { method: 'GET', path: /\/projects\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: accepted, nextCursor: null }) },
    { method: 'POST', path: /\/projects\/[^/]+\/kpis$/, respond },
  ]);
  const onSaved = vi.fn();
  renderWithProviders(<KpiFormModal projectId={projectId} opened onClose={() => {}} onSaved={onSaved} />);
  return { fetchMock, onSaved };
}

async function chooseType(label: string) {
  await userEvent.click(screen.getByRole('combobox', { name: 'Type' }));
  await userEvent.click(await screen.findByRole('option', { name: label, hidden: true }));
}

const sentBody = (fetchMock: ReturnType<typeof stubApi>) => JSON.parse(String(callsTo(fetchMock, 'POST', /\/kpis$/).at(-1)?.[1]?.body)) as Record<string, unknown>;

describe('KpiForm (new KPI)', () => {
  it('asks for the answer scale only for CSAT and CES, and explains each type', async () => {
    renderForm(() => jsonResponse(kpiDetail(), 201));
    expect(screen.getByText(/Net Promoter Score: % promoters \(9–10\) − % detractors \(0–6\)/)).toBeInTheDocument();
    expect(screen.getByTestId('kpi-fixed-definition')).toHaveTextContent('Relationship level · Higher is better · NPS points, −100 to +100 (fixed by the method)');
    expect(screen.queryByRole('combobox', { name: /Answer scale/ })).not.toBeInTheDocument();

    await chooseType('CSAT · Customer Satisfaction Score');
    expect(screen.getByRole('combobox', { name: /Answer scale/ })).toHaveValue('1–5 (usual)');
    expect(screen.getByTestId('kpi-fixed-definition')).toHaveTextContent('Touchpoint level · Higher is better · percent');

    await chooseType('CES · Customer Effort Score');
    expect(screen.getByRole('combobox', { name: /Answer scale/ })).toHaveValue('');
    expect(screen.getByTestId('kpi-fixed-definition')).toHaveTextContent('Lower is better');

    await chooseType('TTV · Time to Value');
    expect(screen.queryByRole('combobox', { name: /Answer scale/ })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Time unit' })).toBeInTheDocument();

    await chooseType('Custom · Custom KPI');
    expect(screen.getByRole('combobox', { name: /Level/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Better when/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Unit/ })).toBeInTheDocument();
  });

  it('checks the CES scale before sending, then shows the server’s 422 on the scale field', async () => {
    const { fetchMock } = renderForm(() => jsonResponse({ error: { code: 'KPI_SCALE_INVALID', message: 'A CES scale is 5 or 7 points long' } }, 422));
    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), 'Effort to connect');
    await chooseType('CES · Customer Effort Score');
    await userEvent.click(screen.getByRole('button', { name: 'Create KPI' }));
    expect(await screen.findByText('Choose the answer scale: 1–5 or 1–7')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', /\/kpis$/)).toHaveLength(0);

    await userEvent.click(screen.getByRole('combobox', { name: /Answer scale/ }));
    await userEvent.click(await screen.findByRole('option', { name: '1–7', hidden: true }));
    await userEvent.click(screen.getByRole('button', { name: 'Create KPI' }));

    expect(await screen.findByText('A CES scale is 5 or 7 points long')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Answer scale/ })).toHaveAttribute('aria-invalid', 'true');
    expect(sentBody(fetchMock)).toMatchObject({ name: 'Effort to connect', type: 'ces', scale: 7 });
  });

  it('sends the KPI with its target and measured outcomes', async () => {
    const created = kpiDetail({ name: 'CSAT after bank connection', type: 'csat', scale: 5 });
    const { fetchMock, onSaved } = renderForm(() => jsonResponse(created, 201));
    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), 'CSAT after bank connection');
    await chooseType('CSAT · Customer Satisfaction Score');
    await userEvent.type(screen.getByRole('textbox', { name: /Target/ }), '80');
    await userEvent.click(screen.getByRole('combobox', { name: /Measured outcomes/ }));
    await userEvent.click(await screen.findByRole('option', { name: `O-1 ${accepted[0]!.statement}`, hidden: true }));
    await userEvent.click(screen.getByRole('button', { name: 'Create KPI' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created));
    expect(sentBody(fetchMock)).toEqual({
      name: 'CSAT after bank connection',
      type: 'csat',
      scale: 5,
      target: 80,
      description: '',
      attachTo: { kind: 'project', id: null },
      outcomeIds: [accepted[0]!.id],
    });
  });
});

describe('KpiForm (attachment and editing)', () => {
  const journeyId = '0000000b-0000-4000-8000-000000000001';
  const stageId = '0000000b-0000-4000-8000-000000000002';
  const touchpointId = '0000000b-0000-4000-8000-000000000003';
  const journeySummary = { id: journeyId, projectId, name: 'Onboarding', description: '', persona: { id: stageId, name: 'Controller' }, stageCount: 1, touchpointCount: 1, createdAt: '2026-10-02T09:00:00.000Z', updatedAt: '2026-10-02T09:00:00.000Z' };
  const touchpoint = { id: touchpointId, journeyId, stageId, name: 'Connect the bank feed', channel: 'web', ownerTeam: '', description: '', cxLevel: null, expectation: '', position: 0, opportunities: [], kpis: [], quotes: [], quoteCount: 0, pain: { marked: false, bestOpportunity: null, reasons: [] } };
  const atlas = { ...journeySummary, kpis: [], stages: [{ id: stageId, journeyId, name: 'Onboard', description: '', position: 0, opportunities: [], kpis: [], touchpoints: [touchpoint] }] };

  it('attaches the KPI to a touchpoint picked through its journey, and edits it with a PATCH', async () => {
    const existing = kpiDetail({ name: 'CSAT after bank connection', type: 'csat', scale: 5, level: 'touchpoint', unit: '%', target: 80 });
    const fetchMock = stubApi([
      { method: 'GET', path: /\/projects\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: accepted, nextCursor: null }) },
      { method: 'GET', path: /\/projects\/[^/]+\/journeys$/, respond: () => jsonResponse({ items: [journeySummary], nextCursor: null }) },
      { method: 'GET', path: /\/journeys\/[^/]+$/, respond: () => jsonResponse(atlas) },
      { method: 'PATCH', path: /\/kpis\/[^/]+$/, respond: () => jsonResponse(existing) },
    ]);
    const onSaved = vi.fn();
    renderWithProviders(<KpiFormModal projectId={projectId} opened kpi={existing} onClose={() => {}} onSaved={onSaved} />);

    expect(screen.getByRole('combobox', { name: 'Type' })).toBeDisabled();
    await userEvent.click(screen.getByRole('radio', { name: 'Touchpoint' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save KPI' }));
    expect(await screen.findByText('Choose the journey first')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: /Journey/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Onboarding (Controller)', hidden: true }));
    await userEvent.click(await screen.findByRole('combobox', { name: /Touchpoint/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Connect the bank feed', hidden: true }));
    await userEvent.clear(screen.getByRole('textbox', { name: /Target/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /Target/ }), '85');
    await userEvent.click(screen.getByRole('button', { name: 'Save KPI' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const body = JSON.parse(String(callsTo(fetchMock, 'PATCH', /\/kpis\//)[0]?.[1]?.body)) as Record<string, unknown>;
    expect(body).toEqual({ name: 'CSAT after bank connection', scale: 5, target: 85, description: '', attachTo: { kind: 'touchpoint', id: touchpointId }, outcomeIds: [] });
  });
});
