import { Anchor, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { LoadMoreButton } from '../../../components/load-more-button';
import { paths } from '../../../config/paths';
import { formatDate, pluralize } from '../../../lib/format';
import { useProjects } from '../api/get-projects';
import type { ReactNode } from 'react';

type ProjectsListProps = { workspaceId: string; emptyAction?: ReactNode };

export function ProjectsList({ workspaceId, emptyAction }: ProjectsListProps) {
  const projects = useProjects(workspaceId);

  if (projects.isPending) return <LoadingState label="Loading projects" />;
  if (projects.isError) return <ErrorState error={projects.error} onRetry={() => void projects.refetch()} title="Could not load projects" />;

  const items = projects.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <EmptyState
        title="No projects yet"
        description="A project holds one core job, its job map, personas and the interviews about it."
        action={emptyAction}
      />
    );
  }

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Projects">
        {items.map((project) => (
          <Card key={project.id} component="li" withBorder padding="lg">
            <Stack gap={6}>
              <Anchor component={Link} to={paths.project(project.id)} fw={600} size="lg">
                {project.name}
              </Anchor>
              {project.jobStatement ? (
                <Text size="sm" fs="italic" lineClamp={2}>
                  {project.jobStatement}
                </Text>
              ) : null}
              {project.description ? (
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {project.description}
                </Text>
              ) : null}
              <Text size="xs" c="dimmed">
                {pluralize(project.interviewCount, 'interview')} · updated {formatDate(project.updatedAt)}
              </Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <LoadMoreButton hasNextPage={projects.hasNextPage} isFetchingNextPage={projects.isFetchingNextPage} onLoadMore={() => void projects.fetchNextPage()} />
    </>
  );
}
