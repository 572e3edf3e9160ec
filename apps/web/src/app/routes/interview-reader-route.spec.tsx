import { MantineProvider } from '@mantine/core';
import type { InterviewDetail } from '@outcome-atlas/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { interviewId, outcome, projectId, stubApi, uuid } from '../../testing/extraction-fixtures';
import { jsonResponse } from '../../testing/render-with-providers';
import type { ShellContext } from '../layout/shell-context';
import { theme } from '../theme';
import { InterviewReaderRoute } from './interview-reader-route';

const shell: ShellContext = {
  user: { id: projectId, email: 'pm@example.com', name: 'Pat' } as ShellContext['user'],
  workspaces: [],
  workspace: { id: projectId, name: 'Acme', role: 'researcher', createdAt: '2026-10-02T09:00:00.000Z' },
};

const transcript = 'The worst part is matching invoices to purchase orders. I still worry that we pay something twice.';
const span = (quote: string) => ({ start: transcript.indexOf(quote), end: transcript.indexOf(quote) + quote.length, quote });
const matching = outcome(1, { evidence: [{ id: uuid(5, 1), interviewId, ...span('The worst part is matching invoices to purchase orders.') }] });
const twice = outcome(2, { evidence: [{ id: uuid(5, 2), interviewId, ...span('I still worry that we pay something twice.') }] });

const interview: InterviewDetail = {
  id: interviewId,
  projectId,
  title: 'Priya, accounts payable',
  format: 'txt',
  participant: { pseudonym: 'Priya', personaId: null, attributes: {} },
  interviewer: '',
  interviewDate: null,
  language: 'en',
  utteranceCount: 0,
  wordCount: 18,
  highlightCount: 0,
  createdAt: '2026-10-02T09:00:00.000Z',
  updatedAt: '2026-10-02T09:00:00.000Z',
  transcript,
  utterances: [],
  highlights: [],
};

function renderReader(search: string) {
  stubApi([
    { method: 'GET', path: new RegExp(`/interviews/${interviewId}$`), respond: () => jsonResponse(interview) },
    { method: 'GET', path: /\/interviews\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: [matching, twice], nextCursor: null }) },
    { method: 'GET', path: new RegExp(`/outcomes/${twice.id}$`), respond: () => jsonResponse(twice) },
    { method: 'GET', path: /\/projects\/[^/]+\/(tags|job-steps)$/, respond: () => jsonResponse({ items: [] }) },
    { method: 'GET', path: /\/projects\/[^/]+\/extraction-jobs$/, respond: () => jsonResponse({ items: [], nextCursor: null }) },
    { method: 'GET', path: /\/projects\/[^/]+$/, respond: () => jsonResponse({ error: { code: 'PROJECT_NOT_FOUND', message: 'Project not found' } }, 404) },
  ]);
  const router = createMemoryRouter(
    [{ element: <Outlet context={shell} />, children: [{ path: '/projects/:projectId/interviews/:interviewId', element: <InterviewReaderRoute /> }] }],
    { initialEntries: [`/projects/${projectId}/interviews/${interviewId}${search}`] },
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
}

const evidenceMarks = () => screen.getByRole('region', { name: 'Transcript' }).querySelectorAll('mark[data-evidence]');

describe('InterviewReaderRoute', () => {
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('opens on the outcome named by ?outcome=: its card selected, its quote marked and scrolled to', async () => {
    renderReader(`?outcome=${twice.id}`);

    const panel = await screen.findByRole('tabpanel', { name: /^Outcomes/ });
    const card = await within(panel).findByRole('button', { name: /^O-2/ });
    await waitFor(() => expect(card).toHaveAttribute('aria-pressed', 'true'));
    expect(within(panel).getByRole('button', { name: /^O-1/ })).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect([...evidenceMarks()].map((mark) => mark.textContent).join('')).toBe('I still worry that we pay something twice.'));
    expect(HTMLElement.prototype.scrollIntoView).toHaveBeenCalled();

    // Choosing another outcome replaces the linked one.
    await userEvent.click(within(panel).getByRole('button', { name: /^O-1/ }));
    await waitFor(() => expect([...evidenceMarks()].map((mark) => mark.textContent).join('')).toBe('The worst part is matching invoices to purchase orders.'));
  });

  it('opens on the highlights with nothing marked without the parameter', async () => {
    renderReader('');

    expect(await screen.findByRole('tabpanel', { name: 'Highlights' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Transcript' })).toHaveTextContent('The worst part is matching invoices');
    expect(evidenceMarks()).toHaveLength(0);
  });
});
