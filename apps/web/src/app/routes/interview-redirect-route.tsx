import { Navigate, useLocation, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/page-states';
import { paths } from '../../config/paths';
import { useInterview } from '../../features/highlights/api/get-interview';
import { usePageTitle } from '../layout/page-title';

/** `/interviews/:id` (e.g. from the tag board) moves to the project-scoped reader URL, keeping `?highlight=`. */
export function InterviewRedirectRoute() {
  const { interviewId = '' } = useParams();
  const { search } = useLocation();
  const interview = useInterview(interviewId);
  usePageTitle('Interview');
  if (interview.isPending) return <LoadingState label="Loading interview" />;
  if (interview.isError) return <ErrorState error={interview.error} onRetry={() => void interview.refetch()} title="Could not load this interview" />;
  return <Navigate to={`${paths.interview(interview.data.projectId, interviewId)}${search}`} replace />;
}
