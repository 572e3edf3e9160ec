import { Button } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
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
  usePageTitle('Interviews', project.data?.name);
  const writable = canWrite(workspace);

  const personaOptions = (personas.data ?? []).map((persona) => ({ value: persona.id, label: persona.name }));
  const tagOptions = (tags.data ?? []).map((tag) => ({ value: tag.id, label: tag.name }));
  const uploadButton = writable ? (
    <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={() => setUploading(true)}>
      Upload interviews
    </Button>
  ) : undefined;
  const emptyAction = writable ? (
    <Button variant="light" onClick={() => setUploading(true)}>
      Upload your first transcript
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader title="Interviews" description={project.data ? project.data.name : undefined} actions={uploadButton} />
      <InterviewsBrowser projectId={projectId} personaOptions={personaOptions} tagOptions={tagOptions} emptyAction={emptyAction} />
      {writable ? <UploadInterviewsDialog projectId={projectId} opened={uploading} onClose={() => setUploading(false)} personaOptions={personaOptions} /> : null}
    </>
  );
}
