import { Notifications } from '@mantine/notifications';
import type { Outcome } from '@outcome-atlas/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsTo, interviewId, outcome, projectId, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { OutcomesBrowser } from './outcomes-browser';

function renderBrowser({ outcomes, patch, path = `/projects/${projectId}/outcomes` }: { outcomes: Outcome[]; patch?: (id: string, body: Record<string, unknown>) => Response; path?: string }) {
  const fetchMock = stubApi([
    { method: 'GET', path: /\/projects\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: outcomes, nextCursor: null }) },
    {
      method: 'PATCH',
      path: /\/outcomes\/[^/]+$/,
      respond: (url, init) => {
        const id = url.pathname.split('/').at(-1) ?? '';
        const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
        if (patch) return patch(id, body);
        const current = outcomes.find((item) => item.id === id)!;
        return jsonResponse({ ...current, ...body, version: current.version + 1 });
      },
    },
  ]);
  const view = renderWithProviders(
    <>
      <Notifications />
      <OutcomesBrowser projectId={projectId} jobStepOptions={[]} personaOptions={[]} canWrite />
    </>,
    { path, routePath: '/projects/:projectId/outcomes' },
  );
  return { fetchMock, ...view };
}

const rows = async () => within(await screen.findByRole('list', { name: 'Outcomes' })).getAllByRole('listitem');

describe('Outcomes browser', () => {
  it('triages from the keyboard: j/k move, a and r send the row version', async () => {
    const outcomes = [outcome(1, { version: 3 }), outcome(2, { version: 5 }), outcome(3)];
    const { fetchMock } = renderBrowser({ outcomes });
    const [first] = await rows();

    await userEvent.click(first!);
    expect(first).toHaveFocus();
    await userEvent.keyboard('k');
    expect((await rows())[0]).toHaveFocus();
    await userEvent.keyboard('a');
    await waitFor(() => expect(callsTo(fetchMock, 'PATCH', /\/outcomes\//)).toHaveLength(1));
    await userEvent.keyboard('j');
    await waitFor(async () => expect((await rows())[1]).toHaveFocus());
    await userEvent.keyboard('r');
    await waitFor(() => expect(callsTo(fetchMock, 'PATCH', /\/outcomes\//)).toHaveLength(2));

    const bodies = callsTo(fetchMock, 'PATCH', /\/outcomes\//).map(([input, init]) => [new URL(String(input), 'http://localhost').pathname, JSON.parse(String(init?.body))]);
    expect(bodies).toEqual([
      [`/api/v1/outcomes/${outcomes[0]!.id}`, { status: 'accepted', version: 3 }],
      [`/api/v1/outcomes/${outcomes[1]!.id}`, { status: 'rejected', version: 5 }],
    ]);
    const [accepted, rejected] = await rows();
    await waitFor(() => expect(within(accepted!).getByText('Accepted')).toBeInTheDocument());
    expect(within(rejected!).getByText('Rejected')).toBeInTheDocument();
  });

  it('on a stale version shows a notice and replaces the row with the current copy', async () => {
    const stale = outcome(1, { version: 1 });
    const current = outcome(1, { version: 2, statement: 'Minimize the time it takes to match invoices', status: 'rejected' });
    renderBrowser({
      outcomes: [stale],
      patch: () => jsonResponse({ error: { code: 'OUTCOME_STALE_VERSION', message: 'Someone changed this outcome', details: { current } } }, 409),
    });
    const [row] = await rows();

    await userEvent.click(row!);
    await userEvent.keyboard('a');

    expect(await screen.findByText('Changed by someone else — showing the latest')).toBeInTheDocument();
    await waitFor(async () => expect((await rows())[0]).toHaveTextContent('Minimize the time it takes to match invoices'));
    expect(within((await rows())[0]!).getByText('Rejected')).toBeInTheDocument();
  });

  it('x selects rows and the bulk bar appears; ? opens the shortcuts', async () => {
    renderBrowser({ outcomes: [outcome(1), outcome(2)] });
    const [first] = await rows();
    await userEvent.click(first!);
    await userEvent.keyboard('x');
    expect(await screen.findByRole('region', { name: 'Bulk actions' })).toHaveTextContent('1 outcome selected');
    expect(within(first!).getByRole('checkbox', { name: 'Select O-1' })).toBeChecked();

    await userEvent.keyboard('?');
    expect(await screen.findByRole('table', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });

  it('takes its filters from the URL and sends them to the API', async () => {
    const { fetchMock } = renderBrowser({ outcomes: [outcome(1)], path: `/projects/${projectId}/outcomes?status=proposed,accepted&lint=true&sort=-confidence` });
    await rows();
    const [input] = callsTo(fetchMock, 'GET', /\/outcomes$/)[0]!;
    const url = new URL(String(input), 'http://localhost');
    expect(url.searchParams.get('status')).toBe('proposed,accepted');
    expect(url.searchParams.get('hasLintIssues')).toBe('true');
    expect(url.searchParams.get('sort')).toBe('-confidence');
    expect(screen.getByRole('checkbox', { name: 'Proposed' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Rejected' })).not.toBeChecked();
  });

  it('renders statements as text, never as HTML', async () => {
    renderBrowser({ outcomes: [outcome(1, { statement: 'Minimize <img src=x onerror=alert(1)> time' })] });
    const [row] = await rows();
    expect(row).toHaveTextContent('Minimize <img src=x onerror=alert(1)> time');
    expect(row!.querySelector('img')).toBeNull();
  });
});

describe('Outcomes browser linked from elsewhere', () => {
  it('opens the details of the outcome named by ?outcome=, even when it is not in the list, and drops the parameter on close', async () => {
    const linked = outcome(7, { statement: 'Minimize the time it takes to find the original invoice' });
    stubApi([
      { method: 'GET', path: /\/projects\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: [outcome(1)], nextCursor: null }) },
      { method: 'GET', path: new RegExp(`/outcomes/${linked.id}$`), respond: () => jsonResponse(linked) },
      { method: 'GET', path: /\/history$/, respond: () => jsonResponse({ items: [], nextCursor: null }) },
    ]);
    const { router } = renderWithProviders(
      <OutcomesBrowser projectId={projectId} jobStepOptions={[]} personaOptions={[]} canWrite />,
      { path: `/projects/${projectId}/outcomes?outcome=${linked.id}`, routePath: '/projects/:projectId/outcomes' },
    );
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText(linked.statement)).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).has('outcome')).toBe(false));
  });

  it('opens each quote in the reader with this outcome selected, so the passage is marked there', async () => {
    const linked = outcome(7);
    stubApi([
      { method: 'GET', path: /\/projects\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: [], nextCursor: null }) },
      { method: 'GET', path: new RegExp(`/outcomes/${linked.id}$`), respond: () => jsonResponse(linked) },
      { method: 'GET', path: /\/links$/, respond: () => jsonResponse({ journeys: [], kpis: [], solutions: [] }) },
      { method: 'GET', path: /\/history$/, respond: () => jsonResponse({ items: [], nextCursor: null }) },
    ]);
    renderWithProviders(<OutcomesBrowser projectId={projectId} jobStepOptions={[]} personaOptions={[]} canWrite />, {
      path: `/projects/${projectId}/outcomes?outcome=${linked.id}`,
      routePath: '/projects/:projectId/outcomes',
    });
    const drawer = await screen.findByRole('dialog');
    const quote = (await within(drawer).findByText('“Quote 7”')).closest('blockquote')!;

    expect(within(quote).getByRole('link', { name: 'Open the interview' })).toHaveAttribute('href', `/projects/${projectId}/interviews/${interviewId}?outcome=${linked.id}`);
  });
});
