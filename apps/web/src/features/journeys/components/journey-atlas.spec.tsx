import { Notifications } from '@mantine/notifications';
import type { JourneyAtlas as JourneyAtlasData } from '@outcome-atlas/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callsTo, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import {
  atlasOpportunity,
  atlasStage,
  atlasTouchpoint,
  highlightId,
  interviewId,
  journeyAtlas,
  journeyId,
  kpiGlance,
  outcomeId,
  projectId,
  stageId,
  touchpointDetail,
} from '../testing/atlas-fixtures';
import { JourneyAtlas } from './journey-atlas';

vi.mock('html-to-image', () => ({
  toPng: vi.fn(async () => 'data:image/png;base64,AAAA'),
  toSvg: vi.fn(async () => 'data:image/svg+xml;charset=utf-8,%3Csvg%3E'),
}));

const pricing = atlasTouchpoint(0, 0, {
  name: 'Pricing page',
  channel: 'web',
  ownerTeam: 'Growth',
  cxLevel: 2,
  expectation: 'Tell me what it costs',
  opportunities: [atlasOpportunity(3, { opportunity: 13.24, zone: 'high' }), atlasOpportunity(7, { opportunity: null, zone: null })],
  kpis: [kpiGlance(1, { name: 'CSAT', latest: 3.9, target: 4.2, status: 'misses' })],
  quoteCount: 4,
  quotes: [{ highlightId: highlightId(1), interviewId: interviewId(1), interviewTitle: 'Priya, month-end close', quote: 'I never know what it will cost' }],
  pain: { marked: true, bestOpportunity: 13.24, reasons: ['opportunity', 'kpi'] },
});
const demo = atlasTouchpoint(0, 1, { name: 'Book a demo', channel: 'phone' });
const checkout = atlasTouchpoint(1, 0, { name: 'Checkout', channel: 'app' });

function demoAtlas(): JourneyAtlasData {
  return journeyAtlas(
    [
      atlasStage(0, 'Discover', [pricing, demo], { opportunities: [atlasOpportunity(9, { opportunity: 16.1, zone: 'extreme' })] }),
      atlasStage(1, 'Buy', [checkout], { kpis: [kpiGlance(2, { name: 'Conversion', unit: '%', latest: 12, target: 10, status: 'meets' })] }),
      atlasStage(2, 'Onboard', []),
    ],
    { kpis: [kpiGlance(3, { name: 'NPS', unit: 'points', latest: 31, target: 40, status: 'misses' })] },
  );
}

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

function renderAtlas({ path = '', canWrite = true, patch, reorder }: { path?: string; canWrite?: boolean; patch?: Handler; reorder?: Handler } = {}) {
  const fetchMock = stubApi([
    { method: 'GET', path: /\/journeys\/[^/]+$/, respond: () => jsonResponse(demoAtlas()) },
    { method: 'PATCH', path: /\/touchpoints\/[^/]+$/, respond: patch ?? (() => jsonResponse(pricing)) },
    { method: 'POST', path: /\/stages\/order$/, respond: reorder ?? (() => jsonResponse({ items: [] })) },
    { method: 'GET', path: /\/touchpoints\/[^/]+$/, respond: () => jsonResponse(touchpointDetail(pricing)) },
    { method: 'DELETE', path: /\/touchpoints\/[^/]+\/outcomes\/[^/]+$/, respond: () => new Response(null, { status: 204 }) },
    { method: 'GET', path: /\/projects\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: [], nextCursor: null }) },
    { method: 'GET', path: /\/projects\/[^/]+\/interviews$/, respond: () => jsonResponse({ items: [], nextCursor: null }) },
  ]);
  const view = renderWithProviders(
    <>
      <Notifications />
      <JourneyAtlas projectId={projectId} journeyId={journeyId} canWrite={canWrite} personaOptions={[]} />
    </>,
    { path: `/projects/${projectId}/journeys/${journeyId}${path}`, routePath: '/projects/:projectId/journeys/:journeyId' },
  );
  return { fetchMock, ...view };
}

const stageNames = () => screen.getAllByRole('region', { name: /^Stage / }).map((region) => region.getAttribute('aria-label'));
const cardNames = (stage: string) =>
  within(screen.getByRole('region', { name: `Stage ${stage}` }))
    .queryAllByRole('article')
    .map((card) => card.getAttribute('aria-label'));
const lastBody = (fetchMock: ReturnType<typeof stubApi>, method: string, path: RegExp) => JSON.parse(String(callsTo(fetchMock, method, path).at(-1)?.[1]?.body));

async function chooseFromMenu(menuLabel: string, item: string) {
  await userEvent.click(await screen.findByRole('button', { name: menuLabel }));
  await userEvent.click(await screen.findByRole('menuitem', { name: item, hidden: true }));
}

function deferred() {
  let resolve: (response: Response) => void = () => {};
  const promise = new Promise<Response>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('Journey atlas', () => {
  it('draws stages as columns and touchpoints as cards with zone badges, KPIs, CX level and the pain marker', async () => {
    renderAtlas();
    expect(await screen.findByRole('heading', { level: 1, name: 'Finance team onboarding' })).toBeInTheDocument();
    expect(stageNames()).toEqual(['Stage Discover', 'Stage Buy', 'Stage Onboard']);
    expect(cardNames('Discover')).toEqual(['Pricing page', 'Book a demo']);
    expect(cardNames('Onboard')).toEqual([]);
    expect(within(screen.getByRole('region', { name: 'Stage Onboard' })).getByText('No touchpoints yet')).toBeInTheDocument();

    const card = screen.getByRole('article', { name: 'Pricing page' });
    expect(within(card).getByText('O-3 13.2').closest('[data-zone]')).toHaveAttribute('data-zone', 'high');
    expect(within(card).getByText('O-7').closest('[data-zone]')).toHaveAttribute('data-zone', 'unrated');
    expect(within(card).getByText('Web')).toBeInTheDocument();
    expect(within(card).getByText('CX 2 · Accountability')).toBeInTheDocument();
    expect(within(card).getByText('Owner: Growth')).toBeInTheDocument();
    expect(within(card).getByText('4 quotes')).toBeInTheDocument();
    const pain = within(card).getByRole('img', { name: 'Pain: best opportunity 13.2 (≥ 12); a linked KPI misses its target' });
    expect(pain).toHaveTextContent('Pain');
    const kpi = within(card).getByTestId('kpi-glance');
    expect(kpi).toHaveTextContent('CSAT3.9 (target 4.2), misses target');
    expect(kpi).toHaveAttribute('data-kpi-status', 'misses');
    expect(within(kpi).getByRole('link', { name: 'CSAT' })).toHaveAttribute('href', `/projects/${projectId}/kpis/${pricing.kpis[0]!.kpiId}`);
    expect(within(kpi).getByRole('img', { name: /^Trend of CSAT: 3 values, from 3\.5 .* to 3\.9 .*; target 4\.2$/ })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Pricing page' })).toHaveAttribute('href', `/projects/${projectId}/journeys/${journeyId}?touchpoint=${pricing.id}`);

    expect(within(screen.getByRole('article', { name: 'Book a demo' })).queryByTestId('pain-marker')).toBeNull();
    const discover = screen.getByRole('region', { name: 'Stage Discover' });
    expect(within(within(discover).getByRole('list', { name: 'Opportunities of stage Discover' })).getByText('O-9 16.1').closest('[data-zone]')).toHaveAttribute('data-zone', 'extreme');
    expect(within(screen.getByRole('region', { name: 'Stage Buy' })).getByTestId('kpi-glance')).toHaveTextContent('Conversion12% (target 10%), meets target');
    expect(within(screen.getByRole('list', { name: 'Journey KPIs' })).getByTestId('kpi-glance')).toHaveTextContent('NPS31 points (target 40 points), misses target');
  });

  it('renders user text as text, never as HTML', async () => {
    stubApi([
      {
        method: 'GET',
        path: /\/journeys\/[^/]+$/,
        respond: () => jsonResponse(journeyAtlas([atlasStage(0, '<b>Stage</b>', [atlasTouchpoint(0, 0, { name: '<img src=x onerror=alert(1)>' })])])),
      },
    ]);
    renderWithProviders(<JourneyAtlas projectId={projectId} journeyId={journeyId} canWrite personaOptions={[]} />, { path: '/', routePath: '/' });
    const card = await screen.findByRole('article', { name: '<img src=x onerror=alert(1)>' });
    expect(card.querySelector('img')).toBeNull();
    expect(screen.getByRole('region', { name: 'Stage <b>Stage</b>' }).querySelector('b')).toBeNull();
  });

  it('moves a touchpoint down from its menu: the card moves at once, then the API gets stageId and position', async () => {
    const answer = deferred();
    const { fetchMock } = renderAtlas({ patch: () => answer.promise });
    await chooseFromMenu('Actions for Pricing page', 'Move down');

    expect(cardNames('Discover')).toEqual(['Book a demo', 'Pricing page']);
    await waitFor(() => expect(callsTo(fetchMock, 'PATCH', /\/touchpoints\//)).toHaveLength(1));
    expect(String(callsTo(fetchMock, 'PATCH', /\/touchpoints\//)[0]![0])).toBe(`/api/v1/touchpoints/${pricing.id}`);
    expect(lastBody(fetchMock, 'PATCH', /\/touchpoints\//)).toEqual({ stageId: stageId(0), position: 1 });
    expect(screen.getByTestId('atlas-announcement')).toHaveTextContent('Pricing page moved to Discover, position 2 of 2.');

    answer.resolve(jsonResponse({ ...pricing, position: 1 }));
    // The whole chain is refreshed once the move has settled.
    await waitFor(() => expect(callsTo(fetchMock, 'GET', /\/journeys\/[^/]+$/)).toHaveLength(2));
  });

  it('moves a touchpoint to the next stage and to any stage and place from "Move to stage…"', async () => {
    const { fetchMock } = renderAtlas({ patch: () => new Promise<Response>(() => {}) });
    await chooseFromMenu('Actions for Book a demo', 'Move right');
    expect(cardNames('Discover')).toEqual(['Pricing page']);
    expect(cardNames('Buy')).toEqual(['Checkout', 'Book a demo']);
    await waitFor(() => expect(lastBody(fetchMock, 'PATCH', /\/touchpoints\//)).toEqual({ stageId: stageId(1), position: 1 }));

    await chooseFromMenu('Actions for Checkout', 'Move to stage…');
    const dialog = await screen.findByRole('dialog', { name: 'Move Checkout' });
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Stage' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Onboard', hidden: true }));
    expect(within(dialog).getByText('Checkout goes to Onboard, place 1 of 1.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(cardNames('Onboard')).toEqual(['Checkout']);
    await waitFor(() => expect(lastBody(fetchMock, 'PATCH', /\/touchpoints\//)).toEqual({ stageId: stageId(2), position: 0 }));
  });

  it('reorders stages from the stage menu with every stage id in the new order', async () => {
    const { fetchMock } = renderAtlas({ reorder: () => new Promise<Response>(() => {}) });
    await chooseFromMenu('Actions for stage Discover', 'Move right');
    expect(stageNames()).toEqual(['Stage Buy', 'Stage Discover', 'Stage Onboard']);
    await waitFor(() => expect(callsTo(fetchMock, 'POST', /\/stages\/order$/)).toHaveLength(1));
    expect(String(callsTo(fetchMock, 'POST', /\/stages\/order$/)[0]![0])).toBe(`/api/v1/journeys/${journeyId}/stages/order`);
    expect(lastBody(fetchMock, 'POST', /\/stages\/order$/)).toEqual({ stageIds: [stageId(1), stageId(0), stageId(2)] });
  });

  it('puts the card back and says why when the move fails', async () => {
    renderAtlas({ patch: () => jsonResponse({ error: { code: 'TOUCHPOINT_STAGE_NOT_IN_JOURNEY', message: 'That stage belongs to another journey' } }, 422) });
    await chooseFromMenu('Actions for Pricing page', 'Move down');
    expect(await screen.findByText('Could not move the touchpoint')).toBeInTheDocument();
    expect(screen.getByText('That stage belongs to another journey')).toBeInTheDocument();
    await waitFor(() => expect(cardNames('Discover')).toEqual(['Pricing page', 'Book a demo']));
  });

  it('offers no drag handles or menus to readers', async () => {
    renderAtlas({ canWrite: false });
    await screen.findByRole('article', { name: 'Pricing page' });
    expect(screen.queryByRole('button', { name: /^Actions for/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Drag / })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add stage' })).toBeNull();
  });

  it('opens the touchpoint details from the URL, with links along the chain, and unlinks an outcome', async () => {
    const { fetchMock } = renderAtlas({ path: `?touchpoint=${pricing.id}` });
    const drawer = await screen.findByRole('dialog', { name: 'Touchpoint details' });
    expect(await within(drawer).findByRole('heading', { name: 'Pricing page' })).toBeInTheDocument();
    expect(within(drawer).getByText('“Tell me what it costs”')).toBeInTheDocument();

    const outcome = new URL(within(drawer).getByRole('link', { name: pricing.opportunities[0]!.statement }).getAttribute('href')!, 'http://localhost');
    expect(outcome.pathname).toBe(`/projects/${projectId}/outcomes`);
    expect(outcome.searchParams.get('outcome')).toBe(outcomeId(3));
    expect(within(drawer).getByRole('link', { name: 'CSAT' })).toHaveAttribute('href', `/projects/${projectId}/kpis/${pricing.kpis[0]!.kpiId}`);
    expect(within(drawer).getByRole('link', { name: 'Open in Priya, month-end close' })).toHaveAttribute(
      'href',
      `/projects/${projectId}/interviews/${interviewId(1)}?highlight=${highlightId(1)}`,
    );

    await userEvent.click(within(drawer).getByRole('button', { name: 'Unlink O-3' }));
    await waitFor(() => expect(callsTo(fetchMock, 'DELETE', /\/outcomes\//)).toHaveLength(1));
    expect(String(callsTo(fetchMock, 'DELETE', /\/outcomes\//)[0]![0])).toBe(`/api/v1/touchpoints/${pricing.id}/outcomes/${outcomeId(3)}`);
  });

  describe('export', () => {
    const downloads: { href: string; download: string }[] = [];
    let blobs: Blob[] = [];
    beforeEach(() => {
      downloads.length = 0;
      blobs = [];
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        downloads.push({ href: this.href, download: this.download });
      });
      URL.createObjectURL = vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:atlas';
      });
      URL.revokeObjectURL = vi.fn();
    });
    afterEach(() => {
      Reflect.deleteProperty(URL, 'createObjectURL');
      Reflect.deleteProperty(URL, 'revokeObjectURL');
    });

    it('downloads the data as CSV named after the journey', async () => {
      renderAtlas();
      await chooseFromMenu('Export', 'Data as CSV');
      expect(downloads).toEqual([{ href: 'blob:atlas', download: 'finance-team-onboarding-atlas.csv' }]);
      const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
      // A UTF-8 byte-order mark first, for spreadsheet programs (decoding drops it again).
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(text.startsWith('Journey,Stage,Stage position,Touchpoint')).toBe(true);
      expect(text).toContain('Finance team onboarding,Discover,1,Pricing page,1,web,Growth,2,Tell me what it costs,O-3 13.2 (high); O-7 (not rated),13.2,CSAT 3.9/4.2 misses,"yes (opportunity, kpi)",4\r\n');
    });

    it('captures the complete static board as PNG, not the virtualized one on screen', async () => {
      const { toPng } = await import('html-to-image');
      renderAtlas();
      await chooseFromMenu('Export', 'Map as PNG');
      await waitFor(() => expect(downloads).toEqual([{ href: 'data:image/png;base64,AAAA', download: 'finance-team-onboarding-atlas.png' }]));
      const [node, options] = vi.mocked(toPng).mock.calls[0]!;
      expect(options?.includeStyleProperties).toContain('background-color');
      expect(node).toHaveAttribute('data-testid', 'atlas-export-board');
      expect(node).toHaveTextContent('Pricing page');
      expect(node).toHaveTextContent('Checkout');
      expect(node.querySelector('button')).toBeNull();
      await waitFor(() => expect(screen.queryByTestId('atlas-export-board')).toBeNull());
    });
  });
});
