import { Button } from '@mantine/core';
import { IconSparkles, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { ExtractOutcomesModal } from '../../features/extraction/components/extract-outcomes-modal';
import { UploadInterviewsDialog } from '../../features/interviews/components/upload-interviews-dialog';
import { InterviewsBrowser } from '../../features/interviews/components/interviews-browser';
import { useProject } from '../../features/projects/api/get-project';
import { usePersonas } from '../../features/projects/api/get-personas';
import { useTags } from '../../features/tags/api/get-tags';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

export function InterviewsRoute() {
  const { projectId = '' } = useParams();
  const { workspace } = useShell();
  const project = useProject(projectId);
  const personas = usePersonas(projectId);
  const tags = useTags(projectId);
  const [uploading, setUploading] = useState(false);
  const [extracting, setExtracting] = useState(false);
  usePageTitle('Interviews', project.data?.name);
  const writable = canWrite(workspace);

  const personaOptions = (personas.data ?? []).map((persona) => ({ value: persona.id, label: persona.name }));
  const tagOptions = (tags.data ?? []).map((tag) => ({ value: tag.id, label: tag.name }));
  const headerActions = writable ? (
    <>
      <Button variant="light" leftSection={<IconSparkles size={16} aria-hidden />} onClick={() => setExtracting(true)}>
        Extract outcomes
      </Button>
      <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={() => setUploading(true)}>
        Upload interviews
      </Button>
    </>
  ) : undefined;
  const emptyAction = writable ? (
    <Button variant="light" onClick={() => setUploading(true)}>
      Upload your first transcript
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader title="Interviews" description={project.data ? project.data.name : undefined} actions={headerActions} />
      <InterviewsBrowser projectId={projectId} personaOptions={personaOptions} tagOptions={tagOptions} emptyAction={emptyAction} />
      {writable ? <UploadInterviewsDialog projectId={projectId} opened={uploading} onClose={() => setUploading(false)} personaOptions={personaOptions} /> : null}
      {writable ? <ExtractOutcomesModal scope={{ kind: 'project', projectId, interviewCount: project.data?.interviewCount }} opened={extracting} onClose={() => setExtracting(false)} canWrite={writable} /> : null}
    </>
  );
}
