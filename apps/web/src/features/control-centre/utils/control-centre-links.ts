import { paths } from '../../../config/paths';

/** The curation page with this outcome's details open (the drawer reads `?outcome=`). */
export const outcomeHref = (projectId: string, outcomeId: string) =>
  `${paths.outcomes(projectId)}?${new URLSearchParams({ outcome: outcomeId }).toString()}`;
