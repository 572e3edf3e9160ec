import { Divider, NavLink, ScrollArea, Text } from '@mantine/core';
import type { Project, Workspace } from '@outcome-atlas/contracts';
import {
  IconBulb,
  IconChartDots3,
  IconFileText,
  IconFolders,
  IconGauge,
  IconKey,
  IconLayoutDashboard,
  IconListCheck,
  IconRoute,
  IconSparkles,
  IconStars,
  IconTags,
  IconTargetArrow,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from '../../config/paths';

type Item = { label: string; to: string; icon: ReactNode; exact?: boolean };

function NavItems({ items }: { items: Item[] }) {
  const { pathname } = useLocation();
  return items.map((item) => {
    const active = item.exact ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);
    return <NavLink key={item.to} component={Link} to={item.to} label={item.label} leftSection={item.icon} active={active} aria-current={active ? 'page' : undefined} />;
  });
}

export function AppNavigation({ workspace, project }: { workspace: Workspace | null; project: Project | null }) {
  return (
    <ScrollArea>
      {project ? (
        <>
          <Text size="xs" tt="uppercase" fw={600} c="dimmed" px="sm" pt="xs" truncate>
            {project.name}
          </Text>
          <NavItems
            items={[
              { label: 'Overview', to: paths.project(project.id), icon: <IconLayoutDashboard size={18} aria-hidden />, exact: true },
              { label: 'Interviews', to: paths.interviews(project.id), icon: <IconFileText size={18} aria-hidden /> },
              { label: 'Outcomes', to: paths.outcomes(project.id), icon: <IconListCheck size={18} aria-hidden /> },
              { label: 'Ratings', to: paths.ratings(project.id), icon: <IconStars size={18} aria-hidden /> },
              { label: 'Opportunities', to: paths.opportunities(project.id), icon: <IconChartDots3 size={18} aria-hidden /> },
              { label: 'Control centre', to: paths.controlCentre(project.id), icon: <IconGauge size={18} aria-hidden /> },
              { label: 'Journeys', to: paths.journeys(project.id), icon: <IconRoute size={18} aria-hidden /> },
              { label: 'KPIs', to: paths.kpis(project.id), icon: <IconTargetArrow size={18} aria-hidden /> },
              { label: 'Solutions', to: paths.solutions(project.id), icon: <IconBulb size={18} aria-hidden /> },
              { label: 'Tags', to: paths.tags(project.id), icon: <IconTags size={18} aria-hidden /> },
              { label: 'Extraction jobs', to: paths.extractionJobs(project.id), icon: <IconSparkles size={18} aria-hidden /> },
            ]}
          />
          <Divider my="sm" />
        </>
      ) : null}
      {workspace ? (
        <>
          <Text size="xs" tt="uppercase" fw={600} c="dimmed" px="sm" pt="xs" truncate>
            {workspace.name}
          </Text>
          <NavItems
            items={[
              { label: 'Projects', to: paths.workspace(workspace.id), icon: <IconFolders size={18} aria-hidden />, exact: true },
              { label: 'Members', to: paths.members(workspace.id), icon: <IconUsers size={18} aria-hidden /> },
              { label: 'API tokens', to: paths.apiTokens(workspace.id), icon: <IconKey size={18} aria-hidden /> },
            ]}
          />
        </>
      ) : null}
    </ScrollArea>
  );
}
