import {
  type CreateSolutionRequest,
  createSolutionRequestSchema,
  expectedDirectionSchema,
  type Solution,
  solutionStatusSchema,
  type UpdateSolutionRequest,
} from '@outcome-atlas/contracts';
import { z } from 'zod';
import type { CodeRule } from '../../../lib/form-errors';
import { needsShipDate } from './solution-status';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The solution form: the request's fields, with the ship date as the date input's text ('' for none). */
export const solutionFormSchema = z
  .object({
    title: createSolutionRequestSchema.shape.title,
    description: z.string().max(4000, 'At most 4,000 characters'),
    hypothesis: z.string().max(1000, 'At most 1,000 characters'),
    status: solutionStatusSchema,
    shipDate: z.string(),
    expectedKpiId: z.string().nullable(),
    expectedDirection: expectedDirectionSchema.nullable(),
    outcomeIds: z.array(z.string()).max(200, 'At most 200 opportunities'),
  })
  .superRefine((values, context) => {
    if (values.shipDate !== '' && !ISO_DAY.test(values.shipDate)) context.addIssue({ code: 'custom', path: ['shipDate'], message: 'Enter a date' });
    // Mirrors the API's 422 SHIP_DATE_REQUIRED, so the form says it before sending.
    if (values.shipDate === '' && needsShipDate(values.status))
      context.addIssue({ code: 'custom', path: ['shipDate'], message: 'A shipped or evaluated solution needs its ship date' });
  });

export type SolutionFormValues = z.infer<typeof solutionFormSchema>;
export type SolutionFormField = keyof SolutionFormValues;

export const EMPTY_SOLUTION_FORM: SolutionFormValues = {
  title: '',
  description: '',
  hypothesis: '',
  status: 'idea',
  shipDate: '',
  expectedKpiId: null,
  expectedDirection: null,
  outcomeIds: [],
};

export function solutionFormValues(solution: Solution): SolutionFormValues {
  return {
    title: solution.title,
    description: solution.description,
    hypothesis: solution.hypothesis,
    status: solution.status,
    shipDate: solution.shipDate ?? '',
    expectedKpiId: solution.expectedKpi?.kpiId ?? null,
    expectedDirection: solution.expectedDirection,
    outcomeIds: solution.outcomes.map((outcome) => outcome.outcomeId),
  };
}

/** Every field, as both create and update take them; a direction without a KPI means nothing, so it is dropped. */
function toRequest(values: SolutionFormValues) {
  return {
    title: values.title.trim(),
    description: values.description,
    hypothesis: values.hypothesis,
    status: values.status,
    shipDate: values.shipDate === '' ? null : values.shipDate,
    expectedKpiId: values.expectedKpiId,
    expectedDirection: values.expectedKpiId === null ? null : values.expectedDirection,
    outcomeIds: values.outcomeIds,
  };
}

export const toCreateSolutionRequest = (values: SolutionFormValues): CreateSolutionRequest => toRequest(values);
export const toUpdateSolutionRequest = (values: SolutionFormValues): UpdateSolutionRequest => toRequest(values);

/** The solution 422s and the field each is about. */
export const SOLUTION_ERROR_RULES: readonly CodeRule<SolutionFormField>[] = [
  [/SHIP_DATE/, 'shipDate'],
  [/DIRECTION/, 'expectedDirection'],
  [/KPI/, 'expectedKpiId'],
  [/OUTCOME|OPPORTUNIT/, 'outcomeIds'],
  [/STATUS/, 'status'],
];
