import type { OpportunityComparison } from '@outcome-atlas/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsTo, projectId, stubApi, uuid } from '../../../testing/extraction-fixtures';
import { comparisonItem, SEGMENT_OPTIONS } from '../../../testing/opportunity-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { SegmentComparison } from './segment-comparison';

const base = `/projects/${projectId}/opportunities?view=compare`;

const comparison: OpportunityComparison = {
  a: { segment: 'SMB', respondents: 42 },
  b: { segment: 'Enterprise', respondents: 30 },
  alpha: 0.05,
  // Not in |difference| order: the view sorts.
  outcomes: [
    comparisonItem(1, { opportunity: 12 }, { opportunity: 11.5 }),
    comparisonItem(2, { opportunity: 8, lowSample: true, nImportance: 20, nSatisfaction: 20 }, { opportunity: 14.25 }),
    comparisonItem(3, { opportunity: 15 }, { opportunity: 12 }),
  ],
  onlyInA: [uuid(4, 9)],
  onlyInB: [],
};

function renderComparison(path = base) {
  const fetchMock = stubApi([
    { method: 'GET', path: /\/opportunities\/compare$/, respond: () => jsonResponse(comparison) },
    { method: 'GET', path: /\/segments$/, respond: () => jsonResponse({ items: SEGMENT_OPTIONS }) },
  ]);
  const view = renderWithProviders(<SegmentComparison projectId={projectId} />, { path, routePath: '/projects/:projectId/opportunities' });
  return { fetchMock, ...view };
}

/** Dropdowns stay in the DOM in jsdom (their transition never ends), so look inside the one just opened. */
async function pick(select: string, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: select }));
  const listbox = await screen.findByRole('listbox', { name: select, hidden: true });
  await userEvent.click(within(listbox).getByRole('option', { name: option, hidden: true }));
}

describe('Segment comparison', () => {
  it('asks for two segments, then for two different ones', async () => {
    const { router, fetchMock } = renderComparison();
    expect(screen.getByText('Pick two segments')).toBeInTheDocument();

    await pick('Segment A', 'SMB · 42 respondents');
    await pick('Segment B', 'SMB · 42 respondents');

    expect(await screen.findByText('Pick two different segments')).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('b')).toBe('SMB');
    expect(callsTo(fetchMock, 'GET', /\/compare$/)).toHaveLength(0);
  });

  it('shows outcomes by largest difference with p-values, significance and a diverging bar', async () => {
    const { fetchMock } = renderComparison(`${base}&a=SMB&b=Enterprise`);
    const table = await screen.findByRole('table', { name: 'Opportunity of SMB compared with Enterprise' });
    const query = new URL(String(callsTo(fetchMock, 'GET', /\/compare$/)[0]?.[0]), 'http://localhost').searchParams;
    expect([query.get('a'), query.get('b')]).toEqual(['SMB', 'Enterprise']);

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual([
      'O-2Minimize the time it takes to do step 2',
      'O-3Minimize the time it takes to do step 3',
      'O-1Minimize the time it takes to do step 1',
    ]);
    const [first, second] = rows;
    const cells = within(first!).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('8.0');
    expect(within(cells[1]!).getByRole('img', { name: /Low sample/ })).toBeInTheDocument();
    expect(cells[2]).toHaveTextContent('14.3');
    expect(cells[3]).toHaveTextContent('−6.3');
    expect(cells[3]!.querySelector('[data-direction="b"]')).toHaveStyle({ width: '50%' });
    expect(cells[4]).toHaveTextContent('p = 0.016Significant');
    expect(cells[5]).toHaveTextContent('p = 0.764');
    expect(within(cells[5]!).queryByText('Significant')).toBeNull();
    expect(within(second!).getAllByRole('cell')[3]).toHaveTextContent('+3.0');
    expect(within(second!).getAllByRole('cell')[3]!.querySelector('[data-direction="a"]')).toHaveStyle({ width: '24%' });

    expect(screen.getByText(/A: SMB \(42 respondents\) · B: Enterprise \(30 respondents\)/)).toHaveTextContent('Rated in one segment only: 1 in A, 0 in B.');
  });

  it('reports an outcome-less comparison', async () => {
    stubApi([
      { method: 'GET', path: /\/compare$/, respond: () => jsonResponse({ ...comparison, outcomes: [], onlyInA: [], onlyInB: [] }) },
      { method: 'GET', path: /\/segments$/, respond: () => jsonResponse({ items: SEGMENT_OPTIONS }) },
    ]);
    renderWithProviders(<SegmentComparison projectId={projectId} />, { path: `${base}&a=SMB&b=Enterprise`, routePath: '/projects/:projectId/opportunities' });
    await waitFor(() => expect(screen.getByText('Nothing to compare')).toBeInTheDocument());
  });
});
