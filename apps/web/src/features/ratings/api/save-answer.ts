import { endpoints, type Rating, type UpsertRatingsRequest, type UpsertRatingsResponse } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { notifyError } from '../../../lib/notify';
import { queryKeys } from '../../../lib/query-keys';
import { QUESTION_LABELS, type Question, answerOf, withAnswer } from '../utils/rating-answers';

export const upsertRatings = (projectId: string, body: UpsertRatingsRequest) =>
  apiRequest<UpsertRatingsResponse>(endpoints.upsertRatings, { params: { projectId }, body });

export type SaveAnswerInput = { outcomeId: string; outcomeKey: string; question: Question; value: number | null };

/**
 * Saves one answer of the respondent in a workshop. The answer shows at once (optimistic); on failure it
 * goes back to what it was, unless a later keypress already replaced it, and the researcher is told. Only
 * the question answered is sent, so the other one is kept as stored. Once no save is in flight the
 * respondent's ratings are read again.
 */
export function useSaveAnswer(projectId: string, respondentId: string) {
  const queryClient = useQueryClient();
  const ratingsKey = queryKeys.respondentRatings(projectId, respondentId);
  const mutationKey = ['save-answer', projectId, respondentId];
  const setAnswer = (outcomeId: string, question: Question, value: number | null) =>
    queryClient.setQueryData<Rating[]>(ratingsKey, (ratings) => withAnswer(ratings ?? [], respondentId, outcomeId, question, value, new Date().toISOString()));

  return useMutation({
    mutationKey,
    meta: { handlesErrors: true },
    mutationFn: ({ outcomeId, question, value }: SaveAnswerInput) =>
      upsertRatings(projectId, { source: 'workshop', ratings: [{ respondentId, outcomeId, [question]: value }] }),
    onMutate: async ({ outcomeId, question, value }) => {
      await queryClient.cancelQueries({ queryKey: ratingsKey });
      const previous = answerOf(queryClient.getQueryData<Rating[]>(ratingsKey), outcomeId, question);
      setAnswer(outcomeId, question, value);
      return { previous };
    },
    onError: (error, { outcomeId, outcomeKey, question, value }, context) => {
      const shown = answerOf(queryClient.getQueryData<Rating[]>(ratingsKey), outcomeId, question);
      if (context && shown === value) setAnswer(outcomeId, question, context.previous);
      notifyError(error, `${QUESTION_LABELS[question]} of ${outcomeKey} was not saved`);
    },
    onSettled: async () => {
      // This save still counts as in flight here; refetch only after the last one of a burst.
      if (queryClient.isMutating({ mutationKey }) > 1) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ratingsKey }),
        queryClient.invalidateQueries({ queryKey: queryKeys.respondents(projectId) }),
        // Opportunity views elsewhere are stale now; the preview on this page adds the answers itself.
        queryClient.invalidateQueries({ queryKey: queryKeys.opportunityScores(projectId), refetchType: 'none' }),
      ]);
    },
  });
}
