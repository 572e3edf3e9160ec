export const OPPORTUNITY_VIEWS = ['backlog', 'landscape', 'compare', 'segmentation'] as const;
export type OpportunityView = (typeof OPPORTUNITY_VIEWS)[number];

export const VIEW_LABELS: Record<OpportunityView, string> = {
  backlog: 'Backlog',
  landscape: 'Landscape',
  compare: 'Compare segments',
  segmentation: 'Segmentation',
};

/** `?view=`; the backlog when absent or unknown. */
export const parseView = (value: string | null): OpportunityView =>
  (OPPORTUNITY_VIEWS as readonly string[]).includes(value ?? '') ? (value as OpportunityView) : 'backlog';
