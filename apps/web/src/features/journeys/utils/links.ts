import { paths } from '../../../config/paths';

/** The outcomes page with this outcome's details drawer open. */
export const outcomeHref = (projectId: string, outcomeId: string) => `${paths.outcomes(projectId)}?${new URLSearchParams({ outcome: outcomeId }).toString()}`;
