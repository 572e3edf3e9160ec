import { z } from 'zod';

// A leaf module: the backlog (opportunities.ts) names KPI types too, and kpis.ts imports from journeys.ts, which
// imports opportunities.ts.
export const KPI_TYPE_NAMES = ['nps', 'csat', 'ces', 'ttv', 'tcr', 'adoption', 'clv', 'custom'] as const;
export const kpiTypeSchema = z.enum(KPI_TYPE_NAMES);
