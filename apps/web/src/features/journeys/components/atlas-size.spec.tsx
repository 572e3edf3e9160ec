import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { journeyAtlasSchema } from '@outcome-atlas/contracts';
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callsTo, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { journeyId, largeAtlas, projectId, stageId } from '../testing/atlas-fixtures';
import { JourneyAtlas } from './journey-atlas';

const STAGES = 20;
const PER_STAGE = 200;
const VIEWPORT = 720;

/** jsdom has no layout: give each column's scroll area the height a laptop screen would. */
function stubColumnViewport() {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.hasAttribute('data-touchpoint-scroller') ? VIEWPORT : 0;
    },
  });
  // The own property shadows Element.prototype's getter; deleting it restores jsdom's.
  return () => Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
}

describe(`Journey atlas with ${STAGES} stages × ${PER_STAGE} touchpoints`, () => {
  let restore: () => void = () => {};
  beforeEach(() => {
    restore = stubColumnViewport();
  });
  afterEach(() => restore());

  it('renders every stage but only the cards in view, and stays quick to move a card', async () => {
    const atlas = largeAtlas(STAGES, PER_STAGE);
    const fetchMock = stubApi([
      { method: 'GET', path: /\/journeys\/[^/]+$/, respond: () => jsonResponse(atlas) },
      { method: 'PATCH', path: /\/touchpoints\/[^/]+$/, respond: () => new Promise<Response>(() => {}) },
    ]);

    const parseStarted = performance.now();
    journeyAtlasSchema.parse(atlas);
    const parse = performance.now() - parseStarted;

    let commits: { actual: number; base: number }[] = [];
    const onRender: ProfilerOnRenderCallback = (_id, _phase, actual, base) => commits.push({ actual, base });
    const started = performance.now();
    renderWithProviders(
      <Profiler id="atlas" onRender={onRender}>
        <JourneyAtlas projectId={projectId} journeyId={journeyId} canWrite personaOptions={[]} />
      </Profiler>,
      {
      path: `/projects/${projectId}/journeys/${journeyId}`,
        routePath: '/projects/:projectId/journeys/:journeyId',
      },
    );
    await screen.findByRole('article', { name: 'Touchpoint 19.0' }, { timeout: 20_000 });
    const firstRender = performance.now() - started;

    expect(screen.getAllByRole('region', { name: /^Stage / })).toHaveLength(STAGES);
    const cards = document.querySelectorAll('article[data-touchpoint-id]').length;
    // About five cards fill a column's 720px, plus the overscan: a few hundred nodes instead of 4,000.
    expect(cards).toBeGreaterThanOrEqual(STAGES * 5);
    expect(cards).toBeLessThanOrEqual(STAGES * 12);
    const firstColumn = screen.getByRole('list', { name: 'Touchpoints of Stage 1' });
    expect(within(firstColumn).getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', String(PER_STAGE));

    // Scrolling a column brings its later cards in and lets the first ones go.
    const scroller = firstColumn.closest<HTMLElement>('[data-touchpoint-scroller]')!;
    scroller.scrollTop = 150 * 100;
    fireEvent.scroll(scroller);
    expect(await screen.findByRole('article', { name: 'Touchpoint 0.100' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Touchpoint 0.0' })).toBeNull();
    expect(document.querySelectorAll('article[data-touchpoint-id]').length).toBeLessThanOrEqual(STAGES * 12);

    // A move re-renders the two columns it touches, not the board. (Timed from the click on the menu item to
    // the moved card in place; role queries over a big jsdom tree are slow and stay outside the timing.)
    await userEvent.click(screen.getByRole('button', { name: 'Actions for Touchpoint 1.0' }));
    const moveDown = await screen.findByRole('menuitem', { name: 'Move down', hidden: true }, { timeout: 10_000 });
    const secondColumn = screen.getByRole('list', { name: 'Touchpoints of Stage 2' });
    commits = [];
    const moveStarted = performance.now();
    await userEvent.click(moveDown);
    await waitFor(() => expect(secondColumn.querySelector('article')).toHaveAttribute('aria-label', 'Touchpoint 1.1'));
    const move = performance.now() - moveStarted;
    // React's own estimate of a full re-render (baseDuration) against what the move cost: memoized columns and
    // cards (and dnd-kit sensors that keep their identity) must keep it to a small part of the board.
    const moveRender = commits.reduce((sum, commit) => sum + commit.actual, 0);
    const fullRender = Math.max(...commits.map((commit) => commit.base));
    expect(moveRender).toBeLessThan(fullRender * 0.5);
    expect(JSON.parse(String(callsTo(fetchMock, 'PATCH', /\/touchpoints\//)[0]![1]!.body))).toEqual({ stageId: stageId(1), position: 1 });

    console.info(
      `[atlas ${STAGES}×${PER_STAGE}] contract parse ${parse.toFixed(0)} ms; first render ${firstRender.toFixed(0)} ms with ${cards} cards in the DOM; ` +
        `menu move ${move.toFixed(0)} ms (React ${moveRender.toFixed(0)} ms of a ${fullRender.toFixed(0)} ms full re-render)`,
    );
  }, 60_000);
});
