import { z } from 'zod';
import { idSchema } from './common.js';
import { atlasOpportunitySchema, kpiGlanceSchema } from './journeys.js';
import { solutionStatusSchema } from './solution-status.js';

const count = z.number().int();

export const controlCentreSchema = z
  .object({
    problem: z.object({
      byPersona: z.array(z.object({ personaId: idSchema.nullable(), persona: z.string().nullable(), interviews: count, highlights: count })),
      byJobStep: z.array(z.object({ jobStepId: idSchema.nullable(), jobStep: z.string().nullable(), highlights: count, outcomes: count })),
      outcomesByStatus: z.object({ proposed: count, accepted: count, rejected: count, merged: count }),
      topOpportunities: z.array(atlasOpportunitySchema.extend({ solutionCount: count })).meta({ description: 'The 10 best-ranked opportunities over all respondents.' }),
    }),
    solution: z.object({
      byStatus: z.object({ idea: count, testing: count, shipped: count, evaluated: count, dropped: count }),
      targeted: z
        .array(z.object({ solutionId: idSchema, title: z.string(), status: solutionStatusSchema, outcomes: z.array(atlasOpportunitySchema) }))
        .meta({ description: 'Solutions that are not dropped, with the opportunities they target (at most 20, best target first).' }),
    }),
    evaluation: z.object({
      kpis: z.array(kpiGlanceSchema).meta({ description: 'Every KPI of the project (at most 50), missing targets first.' }),
      meets: count,
      misses: count,
      noData: count,
    }),
    gaps: z.object({
      opportunitiesWithoutSolution: z.array(atlasOpportunitySchema).meta({ description: 'Top opportunities (zone solid or better) that no live solution targets.' }),
      solutionsWithoutKpi: z.array(z.object({ solutionId: idSchema, title: z.string(), status: solutionStatusSchema })),
      touchpointsMissingTarget: z.array(
        z.object({
          touchpointId: idSchema,
          touchpoint: z.string(),
          journeyId: idSchema,
          journey: z.string(),
          stage: z.string(),
          kpiId: idSchema,
          kpi: z.string(),
          latest: z.number(),
          target: z.number(),
        }),
      ),
      jobStepsWithoutEvidence: z.array(z.object({ jobStepId: idSchema, name: z.string() })),
    }),
  })
  .meta({ id: 'ControlCentre', description: 'Where the project stands: problem space, solution space, evaluation space, and the gaps between them.' });
export type ControlCentre = z.infer<typeof controlCentreSchema>;
