import { endpoints, type JobStep, type UpdateJobStepRequest } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const updateJobStep = (jobStepId: string, body: UpdateJobStepRequest) =>
  apiRequest<JobStep>(endpoints.updateJobStep, { params: { jobStepId }, body });

type JobStepsData = { items: JobStep[] };

/** Moves `jobStepId` to `position`, shifting the steps in between (what the API does too). */
export function moveStep(items: JobStep[], jobStepId: string, position: number): JobStep[] {
  const ordered = [...items].sort((a, b) => a.position - b.position);
  const from = ordered.findIndex((step) => step.id === jobStepId);
  const to = ordered.findIndex((step) => step.position === position);
  if (from < 0 || to < 0) return items;
  const positions = ordered.map((step) => step.position);
  const [moved] = ordered.splice(from, 1);
  if (!moved) return items;
  ordered.splice(to, 0, moved);
  return ordered.map((step, index) => ({ ...step, position: positions[index] ?? index }));
}

export function useUpdateJobStep(projectId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.jobSteps(projectId);
  return useMutation({
    mutationFn: ({ jobStepId, body }: { jobStepId: string; body: UpdateJobStepRequest }) => updateJobStep(jobStepId, body),
    onMutate: async ({ jobStepId, body }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<JobStepsData>(key);
      if (previous) {
        const renamed = previous.items.map((step) => (step.id === jobStepId && body.name ? { ...step, name: body.name } : step));
        const items = body.position === undefined ? renamed : moveStep(renamed, jobStepId, body.position);
        queryClient.setQueryData<JobStepsData>(key, { items });
      }
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
