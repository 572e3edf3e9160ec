import type { Kpi } from '@outcome-atlas/contracts';
import { paths } from '../../../config/paths';

/** Where the KPI's attachment shows: the journey atlas, opened on the touchpoint when it is one; null for the project. */
export function attachmentHref(projectId: string, attachment: Kpi['attachment']): string | null {
  if (attachment.kind === 'project' || attachment.journeyId === null) return null;
  return paths.journey(projectId, attachment.journeyId, attachment.kind === 'touchpoint' && attachment.id ? attachment.id : undefined);
}
