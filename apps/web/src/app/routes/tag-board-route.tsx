import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../config/paths';
import { useProject } from '../../features/projects/api/get-project';
import { useTagHighlights } from '../../features/tags/api/get-tag-highlights';
import { useTags } from '../../features/tags/api/get-tags';
import { TagBoard } from '../../features/tags/components/tag-board';
import { usePageTitle } from '../layout/page-title';

/** Works at /projects/:projectId/tags/:tagId and, without project context, at /tags/:tagId. */
export function TagBoardRoute() {
  const { projectId, tagId = '' } = useParams();
  const tags = useTags(projectId);
  const board = useTagHighlights(tagId);
  const fromTaxonomy = tags.data?.find((tag) => tag.id === tagId);
  const fromBoard = board.data?.pages[0]?.items[0]?.tags.find((tag) => tag.id === tagId);
  const name = fromTaxonomy?.name ?? fromBoard?.name;
  const project = useProject(projectId);
  usePageTitle(name ? `Tag: ${name}` : 'Tag board', project.data?.name);

  return (
    <>
      {projectId ? (
        <Anchor component={Link} to={paths.tags(projectId)} size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden />
            All tags
          </Group>
        </Anchor>
      ) : null}
      <PageHeader title={name ? `Tag: ${name}` : 'Tag board'} description="Every quote with this tag, grouped by interview." />
      <TagBoard
        tagId={tagId}
        readerPath={(interviewId, highlightId) => (projectId ? paths.interview(projectId, interviewId, highlightId) : paths.interviewById(interviewId, highlightId))}
      />
    </>
  );
}
