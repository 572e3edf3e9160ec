import type { OpportunityBacklog } from '@outcome-atlas/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsTo, projectId, stubApi, uuid } from '../../../testing/extraction-fixtures';
import { opportunityBacklog, opportunityItem, SEGMENT_OPTIONS } from '../../../testing/opportunity-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { OpportunityBacklog as Backlog } from './opportunity-backlog';

const jobStepId = uuid(6, 1);
const base = `/projects/${projectId}/opportunities`;

function renderBacklog({ pages, path = base }: { pages: (cursor: string | null) => OpportunityBacklog; path?: string }) {
  const fetchMock = stubApi([
    { method: 'GET', path: /\/opportunities$/, respond: (url) => jsonResponse(pages(url.searchParams.get('cursor'))) },
    { method: 'GET', path: /\/segments$/, respond: () => jsonResponse({ items: SEGMENT_OPTIONS }) },
  ]);
  const view = renderWithProviders(<Backlog projectId={projectId} jobStepOptions={[{ value: jobStepId, label: 'Locate inputs' }]} />, {
    path,
    routePath: '/projects/:projectId/opportunities',
  });
  return { fetchMock, ...view };
}

const table = () => screen.findByRole('table', { name: 'Opportunities' });
const bodyRows = async () => within(await table()).getAllByRole('row').slice(1);
const lastQuery = (fetchMock: ReturnType<typeof stubApi>) => new URL(String(callsTo(fetchMock, 'GET', /\/opportunities$/).at(-1)?.[0]), 'http://localhost').searchParams;

describe('Opportunity backlog', () => {
  it('renders ranked rows with tie marker, zone badge, interval bar, low-sample warning and evidence link', async () => {
    const items = [
      opportunityItem(1, { rank: 1, tied: true, zone: 'extreme', opportunity: 16.25, jobStep: { id: jobStepId, name: 'Locate inputs' } }),
      opportunityItem(2, { rank: 1, tied: true, zone: 'extreme', opportunity: 16.25 }),
      opportunityItem(3, { rank: 3, zone: 'overserved', opportunity: 4, lowSample: true, nImportance: 12, nSatisfaction: 11, evidenceCount: 5 }),
    ];
    renderBacklog({ pages: () => opportunityBacklog(items, { total: 3, unrated: 4, respondents: 61 }) });
    const [first, second, third] = await bodyRows();

    expect(within(first!).getAllByRole('cell')[0]).toHaveTextContent('1=(tied)');
    expect(within(first!).getByText('16.3')).toBeInTheDocument();
    expect(within(first!).getByText('Locate inputs')).toBeInTheDocument();
    expect(within(first!).getByText('Extreme').closest('[data-zone]')).toHaveAttribute('data-zone', 'extreme');
    expect(within(second!).getAllByRole('cell')[0]).toHaveTextContent('1=');
    expect(within(third!).getAllByRole('cell')[0]).toHaveTextContent(/^3$/);
    expect(within(third!).getByText('Over-served').closest('[data-zone]')).toHaveAttribute('data-zone', 'overserved');

    const bar = within(first!).getByRole('img', { name: '95% interval 10.0 to 15.8' });
    expect(bar.querySelector<HTMLElement>('[data-part="range"]')!.style.left).toBe('50.2%');
    expect(bar.querySelector<HTMLElement>('[data-part="point"]')!.style.left).toBe('81.25%');

    expect(within(first!).queryByRole('img', { name: /Low sample/ })).toBeNull();
    expect(within(third!).getByRole('img', { name: /Low sample: fewer than 30 answers \(12 on importance, 11 on satisfaction\)/ })).toBeInTheDocument();
    expect(within(third!).getByText('12 / 11')).toBeInTheDocument();

    const evidence = within(third!).getByRole('link', { name: '5 quotes for O-3' });
    const href = new URL(evidence.getAttribute('href')!, 'http://localhost');
    expect(href.pathname).toBe(`/projects/${projectId}/outcomes`);
    expect(href.searchParams.get('outcome')).toBe(items[2]!.outcomeId);

    expect(screen.getByLabelText('Backlog figures')).toHaveTextContent('Ranked outcomes3Not rated yet4Respondents61');
  });

  it('renders statements as text, never as HTML', async () => {
    renderBacklog({ pages: () => opportunityBacklog([opportunityItem(1, { statement: 'Minimize <img src=x onerror=alert(1)> time' })]) });
    const [row] = await bodyRows();
    expect(row).toHaveTextContent('Minimize <img src=x onerror=alert(1)> time');
    expect(row!.querySelector('img')).toBeNull();
  });

  it('loads the next page as the last rows come into view', async () => {
    const { fetchMock } = renderBacklog({
      pages: (cursor) =>
        cursor === null
          ? opportunityBacklog([opportunityItem(1), opportunityItem(2)], { nextCursor: 'page-2', total: 3 })
          : opportunityBacklog([opportunityItem(3)], { total: 3 }),
    });
    await waitFor(async () => expect(await bodyRows()).toHaveLength(3));
    expect(callsTo(fetchMock, 'GET', /\/opportunities$/)).toHaveLength(2);
    expect(lastQuery(fetchMock).get('cursor')).toBe('page-2');
    expect(await table()).toHaveAttribute('aria-rowcount', '4');
  });

  it('takes its filters from the URL, sends them to the API and puts them on the CSV link', async () => {
    const { fetchMock } = renderBacklog({
      pages: () => opportunityBacklog([opportunityItem(1)]),
      path: `${base}?segment=region%3DEU&jobStepId=${jobStepId}&zone=high,extreme&minOpportunity=10`,
    });
    await bodyRows();
    const query = lastQuery(fetchMock);
    expect(query.get('segment')).toBe('region=EU');
    expect(query.get('jobStepId')).toBe(jobStepId);
    expect(query.get('zone')).toBe('extreme,high');
    expect(query.get('minOpportunity')).toBe('10');

    const csv = new URL(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')!, 'http://localhost');
    expect(csv.pathname).toBe(`/api/v1/projects/${projectId}/opportunities`);
    expect(Object.fromEntries(csv.searchParams)).toEqual({ segment: 'region=EU', jobStepId, zone: 'extreme,high', minOpportunity: '10', format: 'csv' });
    expect(screen.getByRole('checkbox', { name: 'High' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Solid' })).not.toBeChecked();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Segment' })).toHaveValue('region = EU · 51 respondents'));
  });

  it('writes changed filters to the URL', async () => {
    const { router, fetchMock } = renderBacklog({ pages: () => opportunityBacklog([opportunityItem(1)]) });
    await bodyRows();
    const params = () => new URLSearchParams(router.state.location.search);

    await userEvent.click(screen.getByRole('combobox', { name: 'Segment' }));
    await userEvent.click(await screen.findByRole('option', { name: 'SMB · 42 respondents', hidden: true }));
    await waitFor(() => expect(params().get('segment')).toBe('SMB'));

    await userEvent.click(screen.getByRole('combobox', { name: 'Job step' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Locate inputs', hidden: true }));
    await waitFor(() => expect(params().get('jobStepId')).toBe(jobStepId));

    await userEvent.click(screen.getByText('Solid'));
    await userEvent.click(screen.getByText('Extreme'));
    expect(params().get('zone')).toBe('extreme,solid');

    await userEvent.type(screen.getByRole('textbox', { name: 'Min. opportunity' }), '12');
    await waitFor(() => expect(params().get('minOpportunity')).toBe('12'));
    await waitFor(() => expect(lastQuery(fetchMock).get('minOpportunity')).toBe('12'));
    expect(lastQuery(fetchMock).get('segment')).toBe('SMB');
    expect(new URL(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')!, 'http://localhost').searchParams.get('zone')).toBe('extreme,solid');

    await userEvent.click(screen.getByRole('combobox', { name: 'Segment' }));
    await userEvent.click(await screen.findByRole('option', { name: 'All respondents', hidden: true }));
    await waitFor(() => expect(params().has('segment')).toBe(false));
  });

  it('explains how to add ratings when nothing is rated yet', async () => {
    renderBacklog({ pages: () => opportunityBacklog([], { unrated: 7, respondents: 0 }) });
    expect(await screen.findByText('No ratings yet')).toBeInTheDocument();
    expect(screen.getByText(/7 accepted outcomes wait for ratings/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the ratings' })).toHaveAttribute('href', `/projects/${projectId}/ratings`);
  });

  it('offers to clear the filters when nothing matches them', async () => {
    const { router } = renderBacklog({ pages: () => opportunityBacklog([]), path: `${base}?zone=extreme&view=backlog` });
    expect(await screen.findByText('No opportunities match')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe('?view=backlog'));
  });

  it('shows the error with a retry', async () => {
    stubApi([
      { method: 'GET', path: /\/opportunities$/, respond: () => jsonResponse({ error: { code: 'BAD_SEGMENT', message: 'Unknown segment' } }, 400) },
      { method: 'GET', path: /\/segments$/, respond: () => jsonResponse({ items: [] }) },
    ]);
    renderWithProviders(<Backlog projectId={projectId} jobStepOptions={[]} />, { path: base, routePath: '/projects/:projectId/opportunities' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Unknown segment');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
