import { z } from 'zod';

export const KPI_STATUSES = ['meets', 'misses', 'no-target', 'no-data'] as const;
export const kpiStatusSchema = z.enum(KPI_STATUSES).meta({
  description: '`meets`/`misses`: the latest value against the target in the KPI\'s direction; `no-target`: no target set; `no-data`: no measurement yet.',
});
export type KpiStatus = z.infer<typeof kpiStatusSchema>;
