import type { OpportunityLandscape } from '@outcome-atlas/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { callsTo, projectId, stubApi } from '../../../testing/extraction-fixtures';
import { landscapePoint, SEGMENT_OPTIONS } from '../../../testing/opportunity-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { OpportunityLandscapeView } from './opportunity-landscape';

const base = `/projects/${projectId}/opportunities?view=landscape`;

function renderLandscape(landscape: (segment: string | null) => OpportunityLandscape, path = base) {
  const fetchMock = stubApi([
    { method: 'GET', path: /\/opportunities\/landscape$/, respond: (url) => jsonResponse(landscape(url.searchParams.get('segment'))) },
    { method: 'GET', path: /\/segments$/, respond: () => jsonResponse({ items: SEGMENT_OPTIONS }) },
  ]);
  // Any path, so a click on a point can navigate to the outcomes page.
  const view = renderWithProviders(<OpportunityLandscapeView projectId={projectId} jobStepOptions={[]} />, { path, routePath: '*' });
  return { fetchMock, ...view };
}

const points = [
  landscapePoint(1, { zone: 'extreme', opportunity: 16.04, importance: 9, satisfaction: 1.96 }),
  landscapePoint(2, { zone: 'high', opportunity: 12.5 }),
  landscapePoint(3, { zone: 'overserved', importance: 3, satisfaction: 8, opportunity: 3 }),
];

describe('Opportunity landscape', () => {
  it('describes the chart for screen readers', async () => {
    renderLandscape(() => ({ points, unrated: 2, respondents: 80 }));
    const chart = await screen.findByRole('img', { name: 'Opportunity landscape: importance against satisfaction, by zone' });
    const summary = document.getElementById(chart.getAttribute('aria-describedby')!);
    expect(summary).toHaveTextContent('3 rated outcomes over 80 respondents. By zone, extreme: 1, high: 1, solid: 0, served: 0, over-served: 1.');
    expect(summary).toHaveTextContent('Highest opportunities: O-1 Minimize the time it takes to do step 1 (opportunity 16.0)');
    expect(screen.getByText(/3 outcomes over 80 respondents \(2 not rated yet\)/)).toBeInTheDocument();
  });

  it('reloads for the segment picked and keeps it in the URL', async () => {
    const { fetchMock, router } = renderLandscape((segment) => ({ points: segment ? points.slice(0, 1) : points, unrated: 0, respondents: segment ? 42 : 80 }));
    await screen.findByText(/3 outcomes over 80 respondents/);

    await userEvent.click(screen.getByRole('combobox', { name: 'Segment' }));
    await userEvent.click(await screen.findByRole('option', { name: 'SMB · 42 respondents', hidden: true }));

    expect(await screen.findByText(/1 outcome over 42 respondents/)).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('segment')).toBe('SMB');
    expect(new URLSearchParams(router.state.location.search).get('view')).toBe('landscape');
    const last = new URL(String(callsTo(fetchMock, 'GET', /\/landscape$/).at(-1)?.[0]), 'http://localhost');
    expect(last.searchParams.get('segment')).toBe('SMB');
  });

  it('invites ratings when there is nothing to plot', async () => {
    renderLandscape(() => ({ points: [], unrated: 4, respondents: 0 }));
    expect(await screen.findByText('No ratings yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the ratings' })).toHaveAttribute('href', `/projects/${projectId}/ratings`);
  });

  it('shades the zones, draws a point per outcome, shows a tooltip on hover and opens the outcome on click', async () => {
    // jsdom lays nothing out; give the chart a size so recharts draws it.
    const measure = HTMLElement.prototype.getBoundingClientRect;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('recharts-wrapper') ? ({ x: 0, y: 0, top: 0, left: 0, right: 600, bottom: 540, width: 600, height: 540 } as DOMRect) : measure.call(this);
    });
    const { container, router } = renderLandscape(() => ({ points, unrated: 0, respondents: 80 }));
    await screen.findByRole('img', { name: /Opportunity landscape/ });
    await waitFor(() => expect(container.querySelectorAll('circle[data-outcome-key]')).toHaveLength(3));

    expect(container.querySelectorAll('polygon')).toHaveLength(5);
    for (const label of ['Under-served', 'Appropriately served', 'Over-served']) expect(screen.getByText(label)).toBeInTheDocument();
    expect(screen.getByText('Extreme (1)')).toBeInTheDocument();

    const point = container.querySelector('circle[data-outcome-key="O-1"]')!;
    await userEvent.hover(point);
    const tooltip = await screen.findByTestId('landscape-tooltip');
    expect(tooltip).toHaveTextContent('O-1 · rank 1');
    expect(tooltip).toHaveTextContent('Opportunity 16.0 · importance 9.0 · satisfaction 2.0');
    expect(tooltip).toHaveTextContent('n = 120 importance, 120 satisfaction');

    await userEvent.click(point);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/projects/${projectId}/outcomes`));
    expect(new URLSearchParams(router.state.location.search).get('outcome')).toBe(points[0]!.outcomeId);
  });
});
