import { Container } from '@mantine/core';
import { createBrowserRouter } from 'react-router';
import { LoadingState } from '../components/page-states';
import { AppLayout } from './layout/app-layout';
import { RootLayout } from './layout/root-layout';
import { RouteErrorBoundary } from './routes/route-error-boundary';

function PageLoading() {
  return (
    <Container size="sm" py="xl">
      <LoadingState label="Loading Outcome Atlas" />
    </Container>
  );
}

/** Pages load on demand; each module exports one `*Route` component. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      Component: RootLayout,
      // Shown while the first page's code loads.
      HydrateFallback: PageLoading,
      ErrorBoundary: RouteErrorBoundary,
      children: [
        { path: '/login', lazy: async () => ({ Component: (await import('./routes/login-route')).LoginRoute }) },
        { path: '/register', lazy: async () => ({ Component: (await import('./routes/register-route')).RegisterRoute }) },
        {
          path: '/',
          Component: AppLayout,
          children: [
            {
              // Inside the shell, so a broken page keeps the header and navigation.
              ErrorBoundary: RouteErrorBoundary,
              children: [
                { index: true, lazy: async () => ({ Component: (await import('./routes/home-redirect-route')).HomeRedirectRoute }) },
                { path: 'w/:workspaceId', lazy: async () => ({ Component: (await import('./routes/workspace-projects-route')).WorkspaceProjectsRoute }) },
                { path: 'w/:workspaceId/settings/members', lazy: async () => ({ Component: (await import('./routes/members-route')).MembersRoute }) },
                { path: 'w/:workspaceId/settings/tokens', lazy: async () => ({ Component: (await import('./routes/api-tokens-route')).ApiTokensRoute }) },
                { path: 'projects/:projectId', lazy: async () => ({ Component: (await import('./routes/project-overview-route')).ProjectOverviewRoute }) },
                { path: 'projects/:projectId/interviews', lazy: async () => ({ Component: (await import('./routes/interviews-route')).InterviewsRoute }) },
                {
                  path: 'projects/:projectId/interviews/:interviewId',
                  lazy: async () => ({ Component: (await import('./routes/interview-reader-route')).InterviewReaderRoute }),
                },
                { path: 'interviews/:interviewId', lazy: async () => ({ Component: (await import('./routes/interview-redirect-route')).InterviewRedirectRoute }) },
                { path: 'projects/:projectId/tags', lazy: async () => ({ Component: (await import('./routes/tags-route')).TagsRoute }) },
                { path: 'projects/:projectId/tags/:tagId', lazy: async () => ({ Component: (await import('./routes/tag-board-route')).TagBoardRoute }) },
                { path: 'projects/:projectId/outcomes', lazy: async () => ({ Component: (await import('./routes/outcomes-route')).OutcomesRoute }) },
                { path: 'projects/:projectId/ratings', lazy: async () => ({ Component: (await import('./routes/ratings-route')).RatingsRoute }) },
                {
                  path: 'projects/:projectId/opportunities',
                  lazy: async () => ({ Component: (await import('./routes/opportunities-route')).OpportunitiesRoute }),
                },
                {
                  path: 'projects/:projectId/control-centre',
                  lazy: async () => ({ Component: (await import('./routes/control-centre-route')).ControlCentreRoute }),
                },
                { path: 'projects/:projectId/journeys', lazy: async () => ({ Component: (await import('./routes/journeys-route')).JourneysRoute }) },
                {
                  path: 'projects/:projectId/journeys/:journeyId',
                  lazy: async () => ({ Component: (await import('./routes/journey-atlas-route')).JourneyAtlasRoute }),
                },
                { path: 'projects/:projectId/kpis', lazy: async () => ({ Component: (await import('./routes/kpis-route')).KpisRoute }) },
                { path: 'projects/:projectId/kpis/:kpiId', lazy: async () => ({ Component: (await import('./routes/kpi-route')).KpiRoute }) },
                { path: 'projects/:projectId/solutions', lazy: async () => ({ Component: (await import('./routes/solutions-route')).SolutionsRoute }) },
                {
                  path: 'projects/:projectId/solutions/:solutionId',
                  lazy: async () => ({ Component: (await import('./routes/solution-route')).SolutionRoute }),
                },
                {
                  path: 'projects/:projectId/extraction-jobs',
                  lazy: async () => ({ Component: (await import('./routes/extraction-jobs-route')).ExtractionJobsRoute }),
                },
                { path: 'tags/:tagId', lazy: async () => ({ Component: (await import('./routes/tag-board-route')).TagBoardRoute }) },
                { path: '*', lazy: async () => ({ Component: (await import('./routes/not-found-route')).NotFoundRoute }) },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
