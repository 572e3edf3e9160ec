import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../config/paths';
import { TagTaxonomy } from '../../features/tags/components/tag-taxonomy';
import { useProject } from '../../features/projects/api/get-project';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

export function TagsRoute() {
  const { projectId = '' } = useParams();
  const { workspace } = useShell();
  const project = useProject(projectId);
  usePageTitle('Tags', project.data?.name);
  return (
    <>
      <PageHeader title="Tags" description="The project's taxonomy. Open a tag to see every quote with it, across interviews." />
      <TagTaxonomy projectId={projectId} canWrite={canWrite(workspace)} boardPath={(tagId) => paths.tagBoard(projectId, tagId)} />
    </>
  );
}
