import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../../components/page-states';
import { paths } from '../../config/paths';
import { usePageTitle } from '../layout/page-title';

export function NotFoundRoute() {
  usePageTitle('Page not found');
  return (
    <EmptyState
      headingOrder={1}
      title="Page not found"
      description="This address does not lead anywhere in Outcome Atlas."
      action={
        <Anchor component={Link} to={paths.home}>
          Go to your projects
        </Anchor>
      }
    />
  );
}
