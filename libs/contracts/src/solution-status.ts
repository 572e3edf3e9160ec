import { z } from 'zod';

/** A solution's life: an idea, tested, shipped, evaluated against its KPI, or dropped. */
export const SOLUTION_STATUSES = ['idea', 'testing', 'shipped', 'evaluated', 'dropped'] as const;
export const solutionStatusSchema = z.enum(SOLUTION_STATUSES);
export type SolutionStatus = z.infer<typeof solutionStatusSchema>;
