import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { InterviewsBrowser } from './interviews-browser';

const projectId = '6f1c2a52-4d1e-4f7a-9a53-0b6a7c1f2e10';

const interview = {
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  projectId,
  title: 'Interview with P1',
  format: 'vtt',
  participant: { pseudonym: 'P1', personaId: null, attributes: {} },
  interviewer: 'Sam',
  interviewDate: '2026-10-01',
  language: 'en',
  utteranceCount: 12,
  wordCount: 840,
  highlightCount: 3,
  createdAt: '2026-10-02T09:00:00.000Z',
  updatedAt: '2026-10-02T09:00:00.000Z',
  rank: null,
  snippet: null,
};

function renderPage() {
  return renderWithProviders(<InterviewsBrowser projectId={projectId} personaOptions={[]} tagOptions={[]} />, {
    path: `/projects/${projectId}/interviews`,
    routePath: '/projects/:projectId/interviews',
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Interviews list page', () => {
  it('shows a loading state while the list is on its way', () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>(() => new Promise<Response>(() => {})));
    renderPage();
    expect(screen.getByRole('status', { name: 'Loading interviews' })).toBeInTheDocument();
  });

  it('shows the empty state when the project has no interviews', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ items: [], nextCursor: null })));
    renderPage();
    expect(await screen.findByText('No interviews yet')).toBeInTheDocument();
  });

  it('shows the API error and recovers on retry', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(jsonResponse({ error: { code: 'INTERNAL', message: 'The database is restarting', requestId: 'r-1' } }, 503))
      .mockResolvedValueOnce(jsonResponse({ items: [interview], nextCursor: null }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage();

    expect(await screen.findByText('The database is restarting')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Interview with P1' })).toHaveAttribute('href', `/projects/${projectId}/interviews/${interview.id}`);
  });

  it('searches transcripts after a pause and marks the matches in the snippet', async () => {
    const fetchMock = vi.fn<typeof fetch>(async (input) => {
      const url = new URL(String(input), 'http://localhost');
      if (!url.searchParams.get('q')) return jsonResponse({ items: [interview], nextCursor: null });
      const text = 'it takes two days to match invoices';
      return jsonResponse({ items: [{ ...interview, rank: 0.8, snippet: { text, matches: [{ start: 21, end: 26 }] } }], nextCursor: null });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderPage();
    await screen.findByRole('link', { name: 'Interview with P1' });

    await userEvent.type(screen.getByLabelText('Search transcripts'), 'match');

    await waitFor(() => expect(document.querySelector('mark')).toHaveTextContent(/^match$/));
    const searched = fetchMock.mock.calls.map(([input]) => String(input)).filter((url) => url.includes('q='));
    expect(searched).toEqual([`/api/v1/projects/${projectId}/interviews?limit=25&q=match`]);
  });
});
