import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsTo, stubApi, uuid } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { atlasStage, journeyAtlas, journeySummary, projectId } from '../testing/atlas-fixtures';
import { JourneysPage } from './journeys-page';

const personaId = uuid(1, 100);
const created = journeyAtlas([atlasStage(0, 'Discover', [])], { id: uuid(7, 42), name: 'Finance team onboarding' });

function renderPage({ list, canWrite = true }: { list: (cursor: string | null) => unknown; canWrite?: boolean }) {
  const fetchMock = stubApi([
    { method: 'GET', path: /\/projects\/[^/]+\/journeys$/, respond: (url) => jsonResponse(list(url.searchParams.get('cursor'))) },
    { method: 'POST', path: /\/projects\/[^/]+\/journeys$/, respond: () => jsonResponse(created, 201) },
    { method: 'DELETE', path: /\/journeys\/[^/]+$/, respond: () => new Response(null, { status: 204 }) },
  ]);
  const view = renderWithProviders(<JourneysPage projectId={projectId} canWrite={canWrite} personaOptions={[{ value: personaId, label: 'Accounts payable clerk' }]} />, {
    path: `/projects/${projectId}/journeys`,
    // The wildcard also matches the atlas a new journey opens in.
    routePath: '/projects/:projectId/journeys/*',
  });
  return { fetchMock, ...view };
}

const journeyNames = () => within(screen.getByRole('list', { name: 'Journeys' })).getAllByRole('link').map((link) => link.textContent);

async function openForm() {
  await userEvent.click((await screen.findAllByRole('button', { name: 'New journey' }))[0]!);
  return screen.findByRole('form', { name: 'New journey' });
}

describe('Journeys page', () => {
  it('lists journeys with persona and counts, a page at a time', async () => {
    const { fetchMock } = renderPage({
      list: (cursor) =>
        cursor === null
          ? { items: [journeySummary(1, { name: 'Onboarding', persona: { id: personaId, name: 'Accounts payable clerk' } }), journeySummary(2, { name: 'Renewal' })], nextCursor: 'page-2' }
          : { items: [journeySummary(3, { name: 'Support' })], nextCursor: null },
    });
    await waitFor(() => expect(journeyNames()).toEqual(['Onboarding', 'Renewal']));
    expect(screen.getByRole('link', { name: 'Onboarding' })).toHaveAttribute('href', `/projects/${projectId}/journeys/${uuid(7, 1)}`);
    expect(screen.getByText('Persona: Accounts payable clerk')).toBeInTheDocument();
    expect(screen.getAllByText(/5 stages · 12 touchpoints/)).toHaveLength(2);

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(journeyNames()).toEqual(['Onboarding', 'Renewal', 'Support']));
    expect(new URL(String(callsTo(fetchMock, 'GET', /\/journeys$/).at(-1)?.[0]), 'http://localhost').searchParams.get('cursor')).toBe('page-2');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('explains journeys when there are none and offers to start one', async () => {
    renderPage({ list: () => ({ items: [], nextCursor: null }) });
    expect(await screen.findByText('No journeys yet')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'New journey' })).toHaveLength(2);
  });

  it('shows the error with a retry', async () => {
    stubApi([{ method: 'GET', path: /\/journeys$/, respond: () => jsonResponse({ error: { code: 'PROJECT_NOT_FOUND', message: 'Project not found' } }, 404) }]);
    renderWithProviders(<JourneysPage projectId={projectId} canWrite personaOptions={[]} />, { path: '/', routePath: '/' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Project not found');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('validates the new journey against the contract before sending it', async () => {
    const { fetchMock } = renderPage({ list: () => ({ items: [], nextCursor: null }) });
    const form = await openForm();
    expect(within(form).getByRole('combobox', { name: /First stages/ })).toBeInTheDocument();
    expect(within(form).getByText('Renew or leave')).toBeInTheDocument();

    await userEvent.click(within(form).getByRole('button', { name: 'Create journey' }));
    expect(await within(form).findByText('This field is required')).toBeInTheDocument();

    await userEvent.type(within(form).getByRole('textbox', { name: /Journey name/ }), 'Finance team onboarding');
    await userEvent.type(within(form).getByRole('combobox', { name: /First stages/ }), `${'x'.repeat(81)}{Enter}`);
    await userEvent.click(within(form).getByRole('button', { name: 'Create journey' }));
    expect(await within(form).findByText(/^Stage 6: /)).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', /\/journeys$/)).toHaveLength(0);
  });

  it('creates the journey with persona and the default stages, then opens its atlas', async () => {
    const { fetchMock, router } = renderPage({ list: () => ({ items: [], nextCursor: null }) });
    const form = await openForm();
    await userEvent.type(within(form).getByRole('textbox', { name: /Journey name/ }), '  Finance team onboarding ');
    await userEvent.click(within(form).getByRole('combobox', { name: /Persona/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Accounts payable clerk', hidden: true }));
    await userEvent.click(within(form).getByRole('button', { name: 'Create journey' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/projects/${projectId}/journeys/${created.id}`));
    const body = JSON.parse(String(callsTo(fetchMock, 'POST', /\/journeys$/)[0]![1]!.body));
    expect(body).toEqual({ name: 'Finance team onboarding', description: '', personaId, stages: ['Discover', 'Buy', 'Onboard', 'Use', 'Renew or leave'] });
  });

  it('deletes a journey after confirmation', async () => {
    const { fetchMock } = renderPage({ list: () => ({ items: [journeySummary(1, { name: 'Onboarding' })], nextCursor: null }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Onboarding' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete journey' });
    expect(dialog).toHaveTextContent('Delete “Onboarding” with its stages, touchpoints and links?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete journey' }));
    await waitFor(() => expect(callsTo(fetchMock, 'DELETE', /\/journeys\//)).toHaveLength(1));
    expect(String(callsTo(fetchMock, 'DELETE', /\/journeys\//)[0]![0])).toBe(`/api/v1/journeys/${uuid(7, 1)}`);
  });

  it('hides writing controls from readers', async () => {
    renderPage({ canWrite: false, list: () => ({ items: [journeySummary(1, { name: 'Onboarding' })], nextCursor: null }) });
    await screen.findByRole('link', { name: 'Onboarding' });
    expect(screen.queryByRole('button', { name: 'New journey' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete Onboarding' })).toBeNull();
  });
});
