import { Navigate } from 'react-router';
import { EmptyState } from '../../components/page-states';
import { paths } from '../../config/paths';
import { usePageTitle } from '../layout/page-title';
import { useShell } from '../layout/shell-context';

/** `/` goes to the workspace used last (or the first one). */
export function HomeRedirectRoute() {
  const { workspace } = useShell();
  usePageTitle(workspace ? null : 'No workspace yet');
  if (workspace) return <Navigate to={paths.workspace(workspace.id)} replace />;
  return <EmptyState headingOrder={1} title="No workspace yet" description="Ask a workspace owner to add you by email." />;
}
