import type { InterviewDetail, InterviewListItem } from '@outcome-atlas/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { callsTo, outcome, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { atlasOpportunity, atlasTouchpoint, highlightId, interviewId, projectId, touchpointDetail } from '../testing/atlas-fixtures';
import { TouchpointDrawer } from './touchpoint-drawer';

const NOW = '2026-10-02T09:00:00.000Z';
const touchpoint = atlasTouchpoint(0, 0, {
  name: 'Connect the bank feed',
  description: 'The <script> step everyone dreads',
  opportunities: [atlasOpportunity(3, { opportunity: 13.2, zone: 'high' })],
});
const interview: InterviewListItem = {
  id: interviewId(2),
  projectId,
  title: 'Priya, month-end close',
  format: 'txt',
  participant: { pseudonym: 'P-7', personaId: null, attributes: {} },
  interviewer: 'Sam',
  interviewDate: null,
  language: 'en',
  utteranceCount: 1,
  wordCount: 12,
  highlightCount: 2,
  createdAt: NOW,
  updatedAt: NOW,
  rank: null,
  snippet: null,
};
const highlight = (index: number, quote: string) => ({ id: highlightId(index), interviewId: interview.id, start: 0, end: 10, quote, note: '', tags: [], createdBy: null, createdAt: NOW, updatedAt: NOW });
const interviewDetail: InterviewDetail = {
  ...interview,
  transcript: 'I re-key every statement by hand',
  utterances: [],
  highlights: [highlight(8, 'I re-key every statement by hand'), highlight(9, 'Already linked quote')],
};

function renderDrawer({ canWrite = true } = {}) {
  const fetchMock = stubApi([
    {
      method: 'GET',
      path: /\/touchpoints\/[^/]+$/,
      respond: () =>
        jsonResponse(
          touchpointDetail(touchpoint, {
            quotes: [{ highlightId: highlightId(9), interviewId: interview.id, interviewTitle: interview.title, quote: 'Already linked quote' }],
          }),
        ),
    },
    {
      method: 'GET',
      path: /\/projects\/[^/]+\/outcomes$/,
      respond: (url) =>
        jsonResponse({
          items: url.searchParams.get('q') ? [outcome(3, { status: 'accepted' }), outcome(5, { status: 'accepted', statement: 'Minimize the time it takes to match a bank line' })] : [],
          nextCursor: null,
        }),
    },
    { method: 'POST', path: /\/touchpoints\/[^/]+\/outcomes$/, respond: () => new Response(null, { status: 204 }) },
    { method: 'GET', path: /\/projects\/[^/]+\/interviews$/, respond: () => jsonResponse({ items: [interview], nextCursor: null }) },
    { method: 'GET', path: /\/interviews\/[^/]+$/, respond: () => jsonResponse(interviewDetail) },
    { method: 'POST', path: /\/touchpoints\/[^/]+\/highlights$/, respond: () => new Response(null, { status: 204 }) },
    { method: 'DELETE', path: /\/touchpoints\/[^/]+\/highlights\/[^/]+$/, respond: () => new Response(null, { status: 204 }) },
  ]);
  const onEdit = vi.fn();
  const view = renderWithProviders(<TouchpointDrawer projectId={projectId} touchpointId={touchpoint.id} canWrite={canWrite} onEdit={onEdit} onClose={() => {}} />);
  return { fetchMock, onEdit, ...view };
}

const drawer = () => screen.findByRole('dialog', { name: 'Touchpoint details' });
const postBody = (fetchMock: ReturnType<typeof stubApi>, path: RegExp) => JSON.parse(String(callsTo(fetchMock, 'POST', path)[0]![1]!.body));

describe('Touchpoint details', () => {
  it('links an accepted outcome found by the words of its statement', async () => {
    const { fetchMock } = renderDrawer();
    const panel = await drawer();
    const picker = await within(panel).findByRole('combobox', { name: 'Link an accepted outcome' });
    await userEvent.type(picker, 'bank line');
    await waitFor(() => expect(callsTo(fetchMock, 'GET', /\/outcomes$/).some(([input]) => new URL(String(input), 'http://localhost').searchParams.get('q') === 'bank line')).toBe(true));
    const query = new URL(String(callsTo(fetchMock, 'GET', /\/outcomes$/).at(-1)![0]), 'http://localhost').searchParams;
    expect(query.get('status')).toBe('accepted');

    // O-3 is linked already, so only O-5 is offered.
    await userEvent.click(await screen.findByRole('option', { name: /O-5 Minimize the time it takes to match a bank line/, hidden: true }));
    expect(screen.queryByRole('option', { name: /O-3/, hidden: true })).toBeNull();
    await userEvent.click(within(panel).getByRole('button', { name: 'Link outcome' }));
    await waitFor(() => expect(callsTo(fetchMock, 'POST', /\/outcomes$/)).toHaveLength(1));
    expect(String(callsTo(fetchMock, 'POST', /\/outcomes$/)[0]![0])).toBe(`/api/v1/touchpoints/${touchpoint.id}/outcomes`);
    expect(postBody(fetchMock, /\/outcomes$/)).toEqual({ outcomeId: outcome(5).id });
  });

  it('links a quote picked from an interview, offering only highlights not linked yet, and unlinks one', async () => {
    const { fetchMock } = renderDrawer();
    const panel = await drawer();
    expect(await within(panel).findByText('“Already linked quote”')).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('combobox', { name: 'Interview' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Priya, month-end close', hidden: true }));
    await waitFor(() => expect(within(panel).getByRole('combobox', { name: 'Quote' })).toBeEnabled());
    await userEvent.click(within(panel).getByRole('combobox', { name: 'Quote' }));
    expect(screen.queryByRole('option', { name: 'Already linked quote', hidden: true })).toBeNull();
    await userEvent.click(await screen.findByRole('option', { name: 'I re-key every statement by hand', hidden: true }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Link quote' }));
    await waitFor(() => expect(callsTo(fetchMock, 'POST', /\/highlights$/)).toHaveLength(1));
    expect(postBody(fetchMock, /\/highlights$/)).toEqual({ highlightId: highlightId(8) });

    await userEvent.click(within(panel).getByRole('button', { name: 'Unlink the quote from Priya, month-end close' }));
    await waitFor(() => expect(callsTo(fetchMock, 'DELETE', /\/highlights\//)).toHaveLength(1));
    expect(String(callsTo(fetchMock, 'DELETE', /\/highlights\//)[0]![0])).toBe(`/api/v1/touchpoints/${touchpoint.id}/highlights/${highlightId(9)}`);
  });

  it('shows text as text and offers no linking to readers', async () => {
    renderDrawer({ canWrite: false });
    const panel = await drawer();
    expect(await within(panel).findByText('The <script> step everyone dreads')).toBeInTheDocument();
    expect(panel.querySelector('script')).toBeNull();
    expect(within(panel).queryByRole('combobox', { name: 'Link an accepted outcome' })).toBeNull();
    expect(within(panel).queryByRole('button', { name: /^Unlink/ })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Edit touchpoint' })).toBeNull();
  });

  it('says so when the touchpoint cannot be loaded', async () => {
    stubApi([{ method: 'GET', path: /\/touchpoints\//, respond: () => jsonResponse({ error: { code: 'TOUCHPOINT_NOT_FOUND', message: 'Touchpoint not found' } }, 404) }]);
    renderWithProviders(<TouchpointDrawer projectId={projectId} touchpointId={touchpoint.id} canWrite onEdit={() => {}} onClose={() => {}} />);
    expect(await within(await drawer()).findByRole('alert')).toHaveTextContent('Touchpoint not found');
  });
});
