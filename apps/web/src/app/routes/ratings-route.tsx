import { Alert, Button, Tabs } from '@mantine/core';
import { IconFileImport, IconStars } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../config/paths';
import { useProject } from '../../features/projects/api/get-project';
import { RatePanel } from '../../features/ratings/components/rate-panel';
import { SurveyImportPanel } from '../../features/ratings/components/survey-import-panel';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

type RatingsTab = 'rate' | 'import';

export function RatingsRoute() {
  const { projectId = '' } = useParams();
  const { workspace } = useShell();
  const project = useProject(projectId);
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: RatingsTab = searchParams.get('tab') === 'import' ? 'import' : 'rate';
  const writable = canWrite(workspace);
  usePageTitle('Ratings', project.data?.name);

  const changeTab = (value: string | null) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === 'import') next.set('tab', 'import');
        else next.delete('tab');
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        title="Ratings"
        description="How important each accepted outcome is to respondents, and how satisfied they are today: entered in a workshop or imported from a survey."
      />
      <Tabs value={tab} onChange={changeTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="rate" leftSection={<IconStars size={16} aria-hidden />}>
            Rate
          </Tabs.Tab>
          <Tabs.Tab value="import" leftSection={<IconFileImport size={16} aria-hidden />}>
            Import survey
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rate">
          <RatePanel
            projectId={projectId}
            canWrite={writable}
            noOutcomesAction={
              <Button component={Link} to={paths.outcomes(projectId)} variant="light">
                Go to the outcomes
              </Button>
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="import">
          {writable ? (
            <SurveyImportPanel projectId={projectId} />
          ) : (
            <Alert color="gray" variant="light">
              Importing ratings needs the owner or researcher role in this workspace.
            </Alert>
          )}
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
