import { Container } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorState } from '../../components/page-states';
import { usePageTitle } from '../layout/page-title';

/** Last resort for errors thrown while rendering a page. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  usePageTitle('This page broke');
  const shown = isRouteErrorResponse(error) ? new Error(`${error.status} ${error.statusText}`) : error;
  return (
    <Container size="sm" py="xl">
      <ErrorState error={shown} title="This page broke" onRetry={() => window.location.reload()} />
    </Container>
  );
}
