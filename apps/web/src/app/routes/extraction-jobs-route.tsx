import { Button } from '@mantine/core';
import { EXTRACTION_JOB_STATUSES, type ExtractionJobStatus } from '@outcome-atlas/contracts';
import { IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { ExtractOutcomesModal } from '../../features/extraction/components/extract-outcomes-modal';
import { ExtractionJobsTable } from '../../features/extraction/components/extraction-jobs-table';
import { useProject } from '../../features/projects/api/get-project';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

const parseStatus = (value: string | null): ExtractionJobStatus | null =>
  EXTRACTION_JOB_STATUSES.find((status) => status === value) ?? null;

export function ExtractionJobsRoute() {
  const { projectId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const { workspace } = useShell();
  const project = useProject(projectId);
  const [extracting, setExtracting] = useState(false);
  usePageTitle('Extraction jobs', project.data?.name);
  const writable = canWrite(workspace);
  const status = parseStatus(searchParams.get('status'));

  const openExtract = () => setExtracting(true);

  return (
    <>
      <PageHeader
        title="Extraction jobs"
        description="Outcome extractions of this project's interviews, newest first. Running jobs update live."
        actions={
          writable ? (
            <Button leftSection={<IconSparkles size={16} aria-hidden />} onClick={openExtract}>
              Extract outcomes
            </Button>
          ) : undefined
        }
      />
      <ExtractionJobsTable
        projectId={projectId}
        status={status}
        onStatusChange={(next) => setSearchParams(next ? { status: next } : {}, { replace: true })}
        canWrite={writable}
        emptyAction={
          writable ? (
            <Button variant="light" onClick={openExtract}>
              Extract outcomes from all interviews
            </Button>
          ) : undefined
        }
      />
      {writable ? <ExtractOutcomesModal scope={{ kind: 'project', projectId, interviewCount: project.data?.interviewCount }} opened={extracting} onClose={() => setExtracting(false)} canWrite={writable} /> : null}
    </>
  );
}
