import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsTo, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { atlasStage, atlasTouchpoint, journeyAtlas, journeyId, projectId, stageId } from '../testing/atlas-fixtures';
import { JourneyAtlas } from './journey-atlas';

const pricing = atlasTouchpoint(0, 0, { name: 'Pricing page', ownerTeam: 'Growth', cxLevel: 1, expectation: 'Tell me the price' });
const atlas = journeyAtlas([atlasStage(0, 'Discover', [pricing]), atlasStage(1, 'Buy', [])]);

function renderAtlas() {
  const fetchMock = stubApi([
    { method: 'GET', path: /\/journeys\/[^/]+$/, respond: () => jsonResponse(atlas) },
    { method: 'POST', path: /\/journeys\/[^/]+\/stages$/, respond: () => jsonResponse({ id: stageId(5), journeyId, name: 'Renew', description: '', position: 2 }, 201) },
    { method: 'DELETE', path: /\/stages\/[^/]+$/, respond: () => new Response(null, { status: 204 }) },
    // An atlas touchpoint is a touchpoint with more fields, which the contract's parse drops.
    { method: 'POST', path: /\/stages\/[^/]+\/touchpoints$/, respond: () => jsonResponse(atlasTouchpoint(1, 0), 201) },
    { method: 'PATCH', path: /\/touchpoints\/[^/]+$/, respond: () => jsonResponse(pricing) },
  ]);
  renderWithProviders(<JourneyAtlas projectId={projectId} journeyId={journeyId} canWrite personaOptions={[]} />, { path: '/', routePath: '/' });
  return fetchMock;
}

const body = (fetchMock: ReturnType<typeof stubApi>, method: string, path: RegExp) => JSON.parse(String(callsTo(fetchMock, method, path).at(-1)![1]!.body));

async function pick(dialog: HTMLElement, label: string, option: RegExp | string) {
  await userEvent.click(within(dialog).getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
}

describe('Atlas dialogs', () => {
  it('adds a touchpoint with channel, CX level and expectation, after validating it', async () => {
    const fetchMock = renderAtlas();
    const buy = await screen.findByRole('region', { name: 'Stage Buy' });
    await userEvent.click(within(buy).getByRole('button', { name: 'Add touchpoint' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a touchpoint to Buy' });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Add touchpoint' }));
    expect(await within(dialog).findByText('This field is required')).toBeInTheDocument();

    await userEvent.type(within(dialog).getByRole('textbox', { name: /Touchpoint name/ }), 'Sign the order form');
    await pick(dialog, 'Channel', 'Email');
    await pick(dialog, 'CX pyramid level', /^2 · Accountability/);
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Owner team' }), 'Sales ops');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Expectation/ }), 'One signature, no printing');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add touchpoint' }));

    await waitFor(() => expect(callsTo(fetchMock, 'POST', /\/touchpoints$/)).toHaveLength(1));
    expect(String(callsTo(fetchMock, 'POST', /\/touchpoints$/)[0]![0])).toBe(`/api/v1/stages/${stageId(1)}/touchpoints`);
    expect(body(fetchMock, 'POST', /\/touchpoints$/)).toEqual({
      name: 'Sign the order form',
      channel: 'email',
      ownerTeam: 'Sales ops',
      description: '',
      cxLevel: 2,
      expectation: 'One signature, no printing',
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add a touchpoint to Buy' })).toBeNull());
  });

  it('edits a touchpoint from its menu, sending every field', async () => {
    const fetchMock = renderAtlas();
    await userEvent.click(await screen.findByRole('button', { name: 'Actions for Pricing page' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Edit touchpoint', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Pricing page' });
    expect(within(dialog).getByRole('textbox', { name: /Expectation/ })).toHaveValue('Tell me the price');
    await pick(dialog, 'CX pyramid level', 'Not set');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save touchpoint' }));
    await waitFor(() => expect(callsTo(fetchMock, 'PATCH', /\/touchpoints\//)).toHaveLength(1));
    expect(body(fetchMock, 'PATCH', /\/touchpoints\//)).toEqual({
      name: 'Pricing page',
      channel: 'web',
      ownerTeam: 'Growth',
      description: '',
      cxLevel: null,
      expectation: 'Tell me the price',
    });
  });

  it('adds a stage at the end', async () => {
    const fetchMock = renderAtlas();
    await userEvent.click(await screen.findByRole('button', { name: 'Add stage' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a stage' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Stage name/ }), 'Renew');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add stage' }));
    await waitFor(() => expect(callsTo(fetchMock, 'POST', /\/stages$/)).toHaveLength(1));
    expect(String(callsTo(fetchMock, 'POST', /\/stages$/)[0]![0])).toBe(`/api/v1/journeys/${journeyId}/stages`);
    expect(body(fetchMock, 'POST', /\/stages$/)).toEqual({ name: 'Renew', description: '' });
  });

  it('deletes a stage after saying what goes with it', async () => {
    const fetchMock = renderAtlas();
    await userEvent.click(await screen.findByRole('button', { name: 'Actions for stage Discover' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Delete stage', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete stage' });
    expect(dialog).toHaveTextContent('Delete the stage “Discover” with its 1 touchpoint and their links?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete stage' }));
    await waitFor(() => expect(callsTo(fetchMock, 'DELETE', /\/stages\//)).toHaveLength(1));
    expect(String(callsTo(fetchMock, 'DELETE', /\/stages\//)[0]![0])).toBe(`/api/v1/stages/${stageId(0)}`);
  });
});
