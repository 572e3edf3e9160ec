import { Button, Group, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconUpload } from '@tabler/icons-react';
import { ACCEPTED_EXTENSIONS } from '../api/upload-interview';
import { useUploadQueue } from '../hooks/use-upload-queue';
import type { FilterOption } from './interview-filters';
import { UploadFileRow } from './upload-file-row';
import { AppModal } from '../../../components/app-modal';

const ACCEPT = {
  'text/plain': ['.txt', '.md', '.vtt', '.srt'],
  'text/markdown': ['.md'],
  'text/vtt': ['.vtt'],
  'application/x-subrip': ['.srt'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
};

type UploadInterviewsDialogProps = {
  projectId: string;
  opened: boolean;
  onClose: () => void;
  personaOptions: FilterOption[];
};

export function UploadInterviewsDialog({ projectId, opened, onClose, personaOptions }: UploadInterviewsDialogProps) {
  const queue = useUploadQueue(projectId);
  const queued = queue.items.filter((item) => item.status === 'queued').length;

  const close = () => {
    if (queue.running) return;
    queue.clear();
    onClose();
  };

  return (
    <AppModal opened={opened} onClose={close} title="Upload interviews" size="xl" closeButtonProps={{ 'aria-label': 'Close upload dialog' }}>
      <Stack>
        <Dropzone
          onDrop={(files) => queue.addFiles(files)}
          onReject={(rejections) =>
            queue.addFiles(
              [],
              rejections.map(({ file }) => ({ file, reason: `Unsupported file type. Use ${ACCEPTED_EXTENSIONS.join(', ')}.` })),
            )
          }
          accept={ACCEPT}
          multiple
          disabled={queue.running}
          inputProps={{ 'aria-label': 'Interview files' }}
        >
          <Group justify="center" gap="md" mih={120} style={{ pointerEvents: 'none' }}>
            <IconUpload size={36} stroke={1.5} aria-hidden />
            <div>
              <Text size="lg">Drop transcripts here or click to choose files</Text>
              <Text size="sm" c="dimmed">
                {ACCEPTED_EXTENSIONS.join(', ')}. The title defaults to the file name; you can change it before uploading.
              </Text>
            </div>
          </Group>
        </Dropzone>
        {queue.items.length > 0 ? (
          <Stack component="ul" gap="xs" aria-label="Files to upload" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {queue.items.map((item) => (
              <UploadFileRow
                key={item.key}
                item={item}
                projectId={projectId}
                personaOptions={personaOptions}
                onChange={(change) => queue.update(item.key, change)}
                onRemove={() => queue.remove(item.key)}
              />
            ))}
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={queue.running}>
            {queue.items.some((item) => item.status === 'done') ? 'Done' : 'Cancel'}
          </Button>
          <Button onClick={() => void queue.start()} loading={queue.running} disabled={queued === 0}>
            {queued > 1 ? `Start upload (${queued} files)` : 'Start upload'}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
