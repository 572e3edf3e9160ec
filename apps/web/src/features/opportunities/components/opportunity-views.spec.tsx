import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { projectId, stubApi } from '../../../testing/extraction-fixtures';
import { opportunityBacklog, SEGMENT_OPTIONS } from '../../../testing/opportunity-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { OpportunityViews } from './opportunity-views';

describe('Opportunity views', () => {
  it('switches views from the keyboard, keeps the view in the URL and the segment across views', async () => {
    stubApi([
      { method: 'GET', path: /\/opportunities$/, respond: () => jsonResponse(opportunityBacklog([])) },
      { method: 'GET', path: /\/opportunities\/landscape$/, respond: () => jsonResponse({ points: [], unrated: 0, respondents: 0 }) },
      { method: 'GET', path: /\/segments$/, respond: () => jsonResponse({ items: SEGMENT_OPTIONS }) },
    ]);
    const { router } = renderWithProviders(<OpportunityViews projectId={projectId} jobStepOptions={[]} canWrite />, {
      path: `/projects/${projectId}/opportunities?segment=SMB`,
      routePath: '/projects/:projectId/opportunities',
    });
    const backlog = screen.getByRole('tab', { name: 'Backlog' });
    expect(backlog).toHaveAttribute('aria-selected', 'true');

    backlog.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Landscape' })).toHaveAttribute('aria-selected', 'true'));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ segment: 'SMB', view: 'landscape' });
    expect(await screen.findByText('Nothing to plot')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'Backlog' }));
    await waitFor(() => expect(router.state.location.search).toBe('?segment=SMB'));
  });
});
