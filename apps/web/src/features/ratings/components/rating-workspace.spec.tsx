import { Notifications } from '@mantine/notifications';
import type { OpportunityItem, Rating, Respondent } from '@outcome-atlas/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsTo, outcome, projectId, stubApi, uuid } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { RatingWorkspace } from './rating-workspace';

const respondent: Respondent = {
  id: uuid(6, 1),
  projectId,
  externalId: 'Workshop participant 3',
  segment: 'SMB',
  attributes: {},
  ratingCount: 1,
  createdAt: '2026-10-02T09:00:00.000Z',
  updatedAt: '2026-10-02T09:00:00.000Z',
};
const outcomes = [1, 2, 3].map((index) => outcome(index, { status: 'accepted' }));
const [o1, o2] = outcomes as [(typeof outcomes)[number], (typeof outcomes)[number]];

function aggregate(outcomeId: string, scores: Pick<OpportunityItem, 'importance' | 'satisfaction' | 'nImportance' | 'nSatisfaction'>): OpportunityItem {
  const opportunity = scores.importance + Math.max(scores.importance - scores.satisfaction, 0);
  const bounds = { low: 0, high: 10 };
  return {
    outcomeId,
    key: 'O-x',
    statement: 'x',
    jobStep: null,
    ...scores,
    opportunity,
    zone: 'served',
    interval: { importance: bounds, satisfaction: bounds, opportunity: { low: 0, high: 20 }, lowSample: true },
    lowSample: true,
    rank: 1,
    tied: false,
    evidenceCount: 0,
    updatedAt: '2026-10-02T09:00:00.000Z',
    journeys: [],
    kpis: [],
    solutions: [],
  };
}

/** A small fake of the ratings API: GET answers what POST stored, so refetches after saving agree. */
function renderWorkspace({ failUpserts = false } = {}) {
  const stored = new Map<string, Rating>([
    [o2.id, { respondentId: respondent.id, outcomeId: o2.id, importance: 3, satisfaction: null, source: 'workshop', updatedAt: '2026-10-02T09:00:00.000Z' }],
  ]);
  const fetchMock = stubApi([
    { method: 'GET', path: /\/projects\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: outcomes, nextCursor: null }) },
    { method: 'GET', path: /\/projects\/[^/]+\/ratings$/, respond: () => jsonResponse({ items: [...stored.values()], nextCursor: null }) },
    {
      method: 'GET',
      path: /\/projects\/[^/]+\/opportunities$/,
      respond: () =>
        jsonResponse({
          // O-1: 2 of 4 rated importance 4–5, 1 of 4 satisfaction 4–5; this respondent has not rated it.
          items: [aggregate(o1.id, { importance: 5, nImportance: 4, satisfaction: 2.5, nSatisfaction: 4 }), aggregate(o2.id, { importance: 0, nImportance: 5, satisfaction: 0, nSatisfaction: 4 })],
          nextCursor: null,
          total: 2,
          unrated: 1,
          respondents: 5,
        }),
    },
    {
      method: 'POST',
      path: /\/projects\/[^/]+\/ratings$/,
      respond: (_url, init) => {
        if (failUpserts) return jsonResponse({ error: { code: 'OUTCOME_NOT_ACCEPTED', message: 'O-2 is no longer accepted' } }, 422);
        const body = JSON.parse(String(init?.body)) as { ratings: (Partial<Rating> & { outcomeId: string })[] };
        const saved = body.ratings.map((input) => {
          const previous = stored.get(input.outcomeId);
          const next: Rating = {
            respondentId: respondent.id,
            outcomeId: input.outcomeId,
            importance: input.importance === undefined ? (previous?.importance ?? null) : input.importance,
            satisfaction: input.satisfaction === undefined ? (previous?.satisfaction ?? null) : input.satisfaction,
            source: 'workshop',
            updatedAt: '2026-10-02T10:00:00.000Z',
          };
          if (next.importance === null && next.satisfaction === null) stored.delete(next.outcomeId);
          else stored.set(next.outcomeId, next);
          return next;
        });
        return jsonResponse({ created: 0, updated: saved.length, unchanged: 0, deleted: 0, ratings: saved.filter((rating) => stored.has(rating.outcomeId)) });
      },
    },
  ]);
  const view = renderWithProviders(
    <>
      <Notifications />
      <RatingWorkspace projectId={projectId} respondent={respondent} readOnly={false} />
    </>,
    { path: `/projects/${projectId}/ratings`, routePath: '/projects/:projectId/ratings' },
  );
  return { fetchMock, ...view };
}

const rows = async () => within(await screen.findByRole('list', { name: 'Outcomes to rate' })).getAllByRole('listitem');
const upsertBodies = (fetchMock: ReturnType<typeof stubApi>) => callsTo(fetchMock, 'POST', /\/ratings$/).map(([, init]) => JSON.parse(String(init?.body)) as unknown);
const radio = (row: HTMLElement, name: string) => within(row).getByRole('radio', { name });

describe('Rating from the keyboard', () => {
  it('1–5 answers importance, then satisfaction, then moves on; each answer is saved with source workshop', async () => {
    const { fetchMock } = renderWorkspace();
    const [first] = await rows();
    const preview = () => within(first!).getByRole('group', { name: 'Preview for O-1' });
    await waitFor(() => expect(preview()).toHaveTextContent('Imp 5.0 · Sat 2.5 · Opp 7.5'));

    await userEvent.click(within(first!).getByTestId('outcome-statement'));
    expect(first).toHaveFocus();
    expect(within(first!).getByText(/Importance ▸/)).toBeInTheDocument();

    await userEvent.keyboard('4');
    expect(radio(first!, 'Importance 4')).toHaveAttribute('aria-checked', 'true');
    expect(within(first!).getByText(/Satisfaction ▸/)).toBeInTheDocument();
    await userEvent.keyboard('2');
    expect(radio(first!, 'Satisfaction 2')).toHaveAttribute('aria-checked', 'true');

    // 3 of 5 now rate importance 4–5 (6.0), 1 of 5 satisfaction (2.0): opportunity 6 + 4 = 10, solid.
    expect(preview()).toHaveTextContent('Imp 6.0 · Sat 2.0 · Opp 10.0');
    expect(within(preview()).getByText('Solid opportunity')).toBeInTheDocument();
    expect(preview()).toHaveTextContent('n = 5');
    await waitFor(async () => expect((await rows())[1]).toHaveFocus());

    await waitFor(() => expect(upsertBodies(fetchMock)).toHaveLength(2));
    expect(upsertBodies(fetchMock)).toEqual([
      { source: 'workshop', ratings: [{ respondentId: respondent.id, outcomeId: o1.id, importance: 4 }] },
      { source: 'workshop', ratings: [{ respondentId: respondent.id, outcomeId: o1.id, satisfaction: 2 }] },
    ]);
    expect(screen.getByText('O-1: satisfaction 2')).toBeInTheDocument();
  });

  it('s switches to satisfaction, Backspace clears the active answer, k moves back, ? opens the legend', async () => {
    const { fetchMock } = renderWorkspace();
    const [, second] = await rows();
    expect(radio(second!, 'Importance 3')).toHaveAttribute('aria-checked', 'true');

    await userEvent.click(within(second!).getByTestId('outcome-statement'));
    await userEvent.keyboard('{Backspace}');
    expect(radio(second!, 'Importance 3')).toHaveAttribute('aria-checked', 'false');
    await userEvent.keyboard('s5');
    await waitFor(async () => expect((await rows())[2]).toHaveFocus());
    await userEvent.keyboard('k');
    await waitFor(async () => expect((await rows())[1]).toHaveFocus());

    await waitFor(() => expect(upsertBodies(fetchMock)).toHaveLength(2));
    expect(upsertBodies(fetchMock)).toEqual([
      { source: 'workshop', ratings: [{ respondentId: respondent.id, outcomeId: o2.id, importance: null }] },
      { source: 'workshop', ratings: [{ respondentId: respondent.id, outcomeId: o2.id, satisfaction: 5 }] },
    ]);

    await userEvent.keyboard('?');
    expect(await screen.findByRole('table', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });

  it('a click on the scale saves like a key and makes satisfaction the next question', async () => {
    const { fetchMock } = renderWorkspace();
    const [first, second] = await rows();
    await userEvent.click(radio(first!, 'Satisfaction 1'));
    await userEvent.click(radio(second!, 'Importance 5'));
    expect(within(second!).getByText(/Satisfaction ▸/)).toBeInTheDocument();
    await userEvent.keyboard('2');
    await waitFor(() =>
      expect(upsertBodies(fetchMock)).toEqual([
        { source: 'workshop', ratings: [{ respondentId: respondent.id, outcomeId: o1.id, satisfaction: 1 }] },
        { source: 'workshop', ratings: [{ respondentId: respondent.id, outcomeId: o2.id, importance: 5 }] },
        { source: 'workshop', ratings: [{ respondentId: respondent.id, outcomeId: o2.id, satisfaction: 2 }] },
      ]),
    );
  });

  it('rolls the answer back and says so when saving fails', async () => {
    renderWorkspace({ failUpserts: true });
    const [, second] = await rows();
    await userEvent.click(within(second!).getByTestId('outcome-statement'));
    await userEvent.keyboard('5');

    expect(await screen.findByText('Importance of O-2 was not saved')).toBeInTheDocument();
    expect(screen.getByText('O-2 is no longer accepted')).toBeInTheDocument();
    await waitFor(() => expect(radio(second!, 'Importance 3')).toHaveAttribute('aria-checked', 'true'));
    expect(radio(second!, 'Importance 5')).toHaveAttribute('aria-checked', 'false');
  });
});
