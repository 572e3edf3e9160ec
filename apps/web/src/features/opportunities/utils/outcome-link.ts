import { paths } from '../../../config/paths';

/** The curation page with this outcome's details (statement, evidence quotes, history) open. */
export const outcomeEvidenceHref = (projectId: string, outcomeId: string) =>
  `${paths.outcomes(projectId)}?${new URLSearchParams({ outcome: outcomeId }).toString()}`;
