import type { InterviewSummary } from '@outcome-atlas/contracts';
import { useCallback, useState } from 'react';
import { errorMessage, isApiError } from '../../../lib/api-error';
import { useUploadInterview } from '../api/upload-interview';

export type UploadStatus = 'queued' | 'uploading' | 'done' | 'failed';

export type UploadItem = {
  key: string;
  file: File;
  title: string;
  pseudonym: string;
  personaId: string | null;
  status: UploadStatus;
  progress: number;
  error: string | null;
  interview: InterviewSummary | null;
  existingInterviewId: string | null;
};

export type EditableFields = Pick<UploadItem, 'title' | 'pseudonym' | 'personaId'>;

export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '').trim();
  return base || fileName;
}

function existingInterviewIdOf(error: unknown): string | null {
  if (!isApiError(error) || typeof error.details !== 'object' || error.details === null) return null;
  const id = (error.details as { existingInterviewId?: unknown }).existingInterviewId;
  return typeof id === 'string' ? id : null;
}

let sequence = 0;

/** Files waiting for upload, each with its own metadata, progress and outcome. Uploads run one at a time. */
export function useUploadQueue(projectId: string) {
  const upload = useUploadInterview(projectId);
  const [items, setItems] = useState<UploadItem[]>([]);
  const [running, setRunning] = useState(false);

  const patch = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const addFiles = useCallback((files: File[], rejected: { file: File; reason: string }[] = []) => {
    const make = (file: File, error: string | null): UploadItem => ({
      key: `upload-${++sequence}`,
      file,
      title: titleFromFileName(file.name),
      pseudonym: '',
      personaId: null,
      status: error ? 'failed' : 'queued',
      progress: 0,
      error,
      interview: null,
      existingInterviewId: null,
    });
    setItems((current) => [...current, ...files.map((file) => make(file, null)), ...rejected.map(({ file, reason }) => make(file, reason))]);
  }, []);

  const remove = useCallback((key: string) => setItems((current) => current.filter((item) => item.key !== key)), []);

  const start = useCallback(async () => {
    setRunning(true);
    for (const item of items.filter((candidate) => candidate.status === 'queued')) {
      patch(item.key, { status: 'uploading', progress: 0, error: null });
      try {
        const interview = await upload({
          file: item.file,
          metadata: {
            ...(item.title.trim() ? { title: item.title.trim() } : {}),
            participant: { pseudonym: item.pseudonym.trim(), personaId: item.personaId, attributes: {} },
          },
          onProgress: (progress) => patch(item.key, { progress }),
        });
        patch(item.key, { status: 'done', progress: 1, interview });
      } catch (error) {
        patch(item.key, { status: 'failed', error: errorMessage(error), existingInterviewId: existingInterviewIdOf(error) });
      }
    }
    setRunning(false);
  }, [items, patch, upload]);

  const clear = useCallback(() => setItems([]), []);

  return { items, running, addFiles, update: patch as (key: string, change: Partial<EditableFields>) => void, remove, start, clear };
}
