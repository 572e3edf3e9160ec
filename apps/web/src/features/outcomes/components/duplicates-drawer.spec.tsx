import { Notifications } from '@mantine/notifications';
import type { Outcome, OutcomeDuplicates } from '@outcome-atlas/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsTo, outcome, projectId, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { DuplicatesDrawer } from './duplicates-drawer';

const o1 = outcome(1, { version: 2 });
const o2 = outcome(2, { version: 4, status: 'accepted' });
const o3 = outcome(3, { version: 7, statement: 'Minimize the <b>time</b> it takes to do step 3' });
const byId = new Map([o1, o2, o3].map((item) => [item.id, item]));
const group = (outcomes: Outcome[]): OutcomeDuplicates => ({
  threshold: 0.8,
  compared: 12,
  truncated: false,
  groups: [
    {
      outcomes: outcomes.map(({ id, key, statement, status, updatedAt }) => ({ outcomeId: id, key, statement, status, updatedAt })),
      minSimilarity: 0.84,
      maxSimilarity: 0.93,
      pairs: [
        { a: o1.id, b: o2.id, similarity: 0.93 },
        { a: o1.id, b: o3.id, similarity: 0.88 },
        { a: o2.id, b: o3.id, similarity: 0.84 },
      ],
    },
  ],
});

const idOf = (url: URL) => url.pathname.split('/').at(-2) ?? '';
const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as Record<string, unknown>;

function renderDrawer({ merge }: { merge?: (id: string, body: Record<string, unknown>) => Response } = {}) {
  const fetchMock = stubApi([
    { method: 'GET', path: /\/outcomes\/duplicates$/, respond: () => jsonResponse(group([o1, o2, o3])) },
    { method: 'GET', path: /\/api\/v1\/outcomes\/[^/]+$/, respond: (url) => jsonResponse(byId.get(url.pathname.split('/').at(-1) ?? '')) },
    {
      method: 'POST',
      path: /\/outcomes\/[^/]+\/merge$/,
      respond: (url, init) => {
        const body = bodyOf(init);
        if (merge) return merge(idOf(url), body);
        const merged = byId.get(idOf(url))!;
        const into = byId.get(String(body.intoOutcomeId))!;
        return jsonResponse({
          outcome: { ...into, version: into.version + 1 },
          merged: { ...merged, status: 'merged', mergedInto: { outcomeId: into.id, key: into.key }, version: merged.version + 1 },
        });
      },
    },
    {
      method: 'POST',
      path: /\/outcomes\/[^/]+\/unmerge$/,
      respond: (url, init) => {
        const restored = byId.get(idOf(url))!;
        return jsonResponse({ outcome: { ...restored, version: Number(bodyOf(init).version) + 1 }, from: o1, evidenceNotReturned: [] });
      },
    },
  ]);
  renderWithProviders(
    <>
      <Notifications />
      <DuplicatesDrawer projectId={projectId} opened canWrite onClose={() => {}} />
    </>,
  );
  return fetchMock;
}

const requests = (fetchMock: ReturnType<typeof stubApi>, path: RegExp) =>
  callsTo(fetchMock, 'POST', path).map(([input, init]) => [idOf(new URL(String(input), 'http://localhost')), bodyOf(init)]);

describe('DuplicatesDrawer', () => {
  it('merges the others into the outcome kept, with their versions, and Undo unmerges them', async () => {
    const fetchMock = renderDrawer();
    const dialog = await screen.findByRole('dialog', { name: 'Duplicate outcomes' });
    const section = await within(dialog).findByRole('region', { name: 'O-1, O-2, O-3 · 84%–93% similar' });
    expect(within(section).getByRole('radio', { name: 'Keep O-2' })).toBeChecked();
    expect(within(section).getAllByTestId('duplicate-statement')[2]).toHaveTextContent('Minimize the <b>time</b> it takes to do step 3');
    expect(section.querySelector('b')).toBeNull();

    await userEvent.click(within(section).getByRole('radio', { name: 'Keep O-1' }));
    expect(within(section).getByText('88% like O-1')).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Merge the others into O-1' }));

    expect(await screen.findByText('Merged 2 outcomes into O-1')).toBeInTheDocument();
    expect(requests(fetchMock, /\/merge$/)).toEqual([
      [o2.id, { intoOutcomeId: o1.id, version: 4 }],
      [o3.id, { intoOutcomeId: o1.id, version: 7 }],
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Merge undone: O-3, O-2 are back.')).toBeInTheDocument();
    expect(requests(fetchMock, /\/unmerge$/)).toEqual([
      [o3.id, { version: 8 }],
      [o2.id, { version: 5 }],
    ]);
  });

  it('on a stale version stops, refreshes the groups and says so', async () => {
    const fetchMock = renderDrawer({
      merge: (id) => jsonResponse({ error: { code: 'OUTCOME_STALE_VERSION', message: 'Someone changed this outcome', details: { current: { ...byId.get(id)!, version: 9 } } } }, 409),
    });
    const section = await screen.findByRole('region', { name: /^O-1, O-2, O-3/ });
    await userEvent.click(within(section).getByRole('button', { name: 'Merge the others into O-2' }));

    expect(await screen.findByText('Changed by someone else — showing the latest')).toBeInTheDocument();
    expect(screen.getByText(/O-1 was changed meanwhile, so the merge stopped there/)).toBeInTheDocument();
    expect(requests(fetchMock, /\/merge$/)).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    await waitFor(() => expect(callsTo(fetchMock, 'GET', /\/duplicates$/).length).toBeGreaterThanOrEqual(2));
  });
});
