import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../config/paths';
import { TagTaxonomy } from '../../features/tags/components/tag-taxonomy';
import { canWrite, useShell } from '../layout/shell-context';

export function TagsRoute() {
  const { projectId = '' } = useParams();
  const { workspace } = useShell();
  return (
    <>
      <PageHeader title="Tags" description="The project's taxonomy. Open a tag to see every quote with it, across interviews." />
      <TagTaxonomy projectId={projectId} canWrite={canWrite(workspace)} boardPath={(tagId) => paths.tagBoard(projectId, tagId)} />
    </>
  );
}
