import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { kpiDetail, measurement, sizeCharts } from '../../features/kpis/testing/kpi-fixtures';
import { evaluation, expectedKpiId, solution, solutionId } from '../../features/solutions/testing/solution-fixtures';
import { projectId, stubApi } from '../../testing/extraction-fixtures';
import { jsonResponse } from '../../testing/render-with-providers';
import { theme } from '../theme';
import type { ShellContext } from '../layout/shell-context';
import { SolutionRoute } from './solution-route';

const shell: ShellContext = {
  user: { id: projectId, email: 'pm@example.com', name: 'Pat' } as ShellContext['user'],
  workspaces: [],
  workspace: { id: projectId, name: 'Acme', role: 'researcher', createdAt: '2026-10-02T09:00:00.000Z' },
};

function renderRoute() {
  const router = createMemoryRouter(
    [{ element: <Outlet context={shell} />, children: [{ path: '/projects/:projectId/solutions/:solutionId', element: <SolutionRoute /> }] }],
    { initialEntries: [`/projects/${projectId}/solutions/${solutionId}`] },
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

describe('SolutionRoute', () => {
  it('evaluates the solution in its KPI’s own format, above the KPI’s trend with this ship date', async () => {
    sizeCharts();
    const shipped = solution({ status: 'shipped', shipDate: '2026-09-15' });
    const kpi = kpiDetail({ id: expectedKpiId, name: 'CSAT after bank connection', type: 'csat', unit: '%', scale: 5, target: 80, shipMarkers: [] });
    stubApi([
      { method: 'GET', path: /\/solutions\/[^/]+\/evaluation$/, respond: () => jsonResponse(evaluation()) },
      { method: 'GET', path: /\/solutions\/[^/]+$/, respond: () => jsonResponse(shipped) },
      { method: 'GET', path: /\/kpis\/[^/]+\/measurements$/, respond: () => jsonResponse({ items: [measurement(7, { kpiId: expectedKpiId, value: 62 }), measurement(10, { kpiId: expectedKpiId, value: 78 })], nextCursor: null }) },
      { method: 'GET', path: /\/kpis\/[^/]+$/, respond: () => jsonResponse(kpi) },
      { method: 'GET', path: /\/projects\/[^/]+$/, respond: () => jsonResponse({ error: { code: 'PROJECT_NOT_FOUND', message: 'Project not found' } }, 404) },
    ]);
    renderRoute();

    expect(await screen.findByTestId('evaluation-verdict')).toHaveTextContent('Improved');
    await waitFor(() => expect(screen.getByTestId('evaluation-change')).toHaveTextContent('+12 pp'));
    expect(within(screen.getByRole('region', { name: 'Before' })).getByText('Mean').nextSibling).toHaveTextContent('64%');
    expect(within(screen.getByRole('region', { name: 'After' })).getByText('Mean').nextSibling).toHaveTextContent('76%');

    const chart = await screen.findByRole('img', { name: /Trend of CSAT after bank connection: 2 values/ });
    expect(chart).toHaveAccessibleName(expect.stringContaining('1 solution shipped'));
    expect(within(screen.getByRole('list', { name: 'Shipped solutions' })).getByRole('link', { name: shipped.title })).toBeInTheDocument();
    expect(document.title).toContain(shipped.title);
  });
});
