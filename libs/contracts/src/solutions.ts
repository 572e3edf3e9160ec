import { z } from 'zod';
import { calendarDate, freeText, idSchema, isoDateTime, label, pageQuerySchema } from './common.js';
import { atlasOpportunitySchema, kpiGlanceSchema } from './journeys.js';
import { kpiMeasurementSchema } from './kpis.js';
import { solutionStatusSchema } from './solution-status.js';

export const expectedDirectionSchema = z.enum(['increase', 'decrease']);

export const solutionSchema = z
  .object({
    id: idSchema,
    projectId: idSchema,
    title: z.string(),
    description: z.string(),
    hypothesis: z.string().meta({ description: 'If we …, then <KPI> moves by …' }),
    status: solutionStatusSchema,
    shipDate: z.iso.date().nullable(),
    expectedKpi: z.object({ kpiId: idSchema, name: z.string() }).nullable(),
    expectedDirection: expectedDirectionSchema.nullable(),
    outcomes: z.array(atlasOpportunitySchema).meta({ description: 'The opportunities the solution targets, best first.' }),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'Solution' });
export type Solution = z.infer<typeof solutionSchema>;

const solutionFields = {
  title: label(160),
  description: freeText(4000),
  hypothesis: freeText(1000),
  status: solutionStatusSchema,
  shipDate: calendarDate.nullable().meta({ description: 'Required once the status is shipped or evaluated.' }),
  expectedKpiId: idSchema.nullable(),
  expectedDirection: expectedDirectionSchema.nullable(),
  outcomeIds: z.array(idSchema).max(200),
};

export const createSolutionRequestSchema = z
  .strictObject({
    title: solutionFields.title,
    description: solutionFields.description.default(''),
    hypothesis: solutionFields.hypothesis.default(''),
    status: solutionFields.status.default('idea'),
    shipDate: solutionFields.shipDate.default(null),
    expectedKpiId: solutionFields.expectedKpiId.default(null),
    expectedDirection: solutionFields.expectedDirection.default(null),
    outcomeIds: solutionFields.outcomeIds.default([]),
  })
  .meta({
    id: 'CreateSolutionRequest',
    example: {
      title: 'Auto-match bank lines to invoices',
      hypothesis: 'If we pre-match bank lines, then CSAT after bank connection rises by 10 points',
      status: 'testing',
      expectedKpiId: '3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c',
      expectedDirection: 'increase',
      outcomeIds: ['0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10'],
    },
  });
export type CreateSolutionRequest = z.input<typeof createSolutionRequestSchema>;

export const updateSolutionRequestSchema = z
  .strictObject(solutionFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Send at least one field to change')
  .meta({ id: 'UpdateSolutionRequest', example: { status: 'shipped', shipDate: '2026-09-15' } });
export type UpdateSolutionRequest = z.infer<typeof updateSolutionRequestSchema>;

export const listSolutionsQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  status: solutionStatusSchema.optional(),
  outcomeId: idSchema.optional().meta({ description: 'Solutions that target this outcome.' }),
  kpiId: idSchema.optional().meta({ description: 'Solutions expected to move this KPI.' }),
});
export type ListSolutionsQuery = z.infer<typeof listSolutionsQuerySchema>;

const evaluationSide = z
  .object({
    measurements: z.array(kpiMeasurementSchema),
    mean: z.number().nullable().meta({ description: 'Mean of the values, weighted by sample size where every value has one.' }),
    latest: z.number().nullable(),
  })
  .meta({ id: 'EvaluationSide' });

export const solutionEvaluationSchema = z
  .object({
    solutionId: idSchema,
    shipDate: z.iso.date().nullable(),
    kpi: kpiGlanceSchema.nullable(),
    expectedDirection: expectedDirectionSchema.nullable(),
    before: evaluationSide.meta({ description: 'Periods that ended before the ship date (at most the last 6).' }),
    after: evaluationSide.meta({ description: 'Periods that started on or after the ship date (at most the first 6).' }),
    change: z.number().nullable().meta({ description: 'after.mean − before.mean; null when either side has no data.' }),
    verdict: z.enum(['improved', 'worsened', 'unchanged', 'not-shipped', 'no-kpi', 'not-enough-data']).meta({
      description: 'improved/worsened judge the change in the KPI\'s better direction (not the expected one); `expectedMet` compares with the hypothesis.',
    }),
    expectedMet: z.boolean().nullable(),
  })
  .meta({ id: 'SolutionEvaluation' });
export type SolutionEvaluation = z.infer<typeof solutionEvaluationSchema>;
