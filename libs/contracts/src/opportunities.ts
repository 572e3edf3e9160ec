import { z } from 'zod';
import { idSchema, isoDateTime, label, pageQuerySchema } from './common.js';
import { segmentFilterSchema } from './ratings.js';
import { kpiStatusSchema } from './kpi-status.js';
import { kpiTypeSchema } from './kpi-types.js';
import { solutionStatusSchema } from './solution-status.js';

export const OPPORTUNITY_ZONES = ['extreme', 'high', 'solid', 'served', 'overserved'] as const;
export const opportunityZoneSchema = z.enum(OPPORTUNITY_ZONES).meta({
  description:
    'Where the outcome sits on the landscape: `extreme` opportunity > 15; `high` 12..15 (both inclusive); `solid` 10 (inclusive) to 12 (exclusive); ' +
    '`overserved` satisfaction > importance and opportunity < 10; `served` otherwise.',
});
export type OpportunityZoneName = z.infer<typeof opportunityZoneSchema>;

const bounds = (description: string) => z.object({ low: z.number(), high: z.number() }).meta({ description });

export const opportunityIntervalSchema = z
  .object({
    importance: bounds('95% Wilson score interval of the importance top-two-box share, times 10.'),
    satisfaction: bounds('95% Wilson score interval of the satisfaction top-two-box share, times 10.'),
    opportunity: bounds(
      'Opportunity over every pair the two intervals allow: low = opportunity(importance.low, satisfaction.high), high = opportunity(importance.high, satisfaction.low).',
    ),
    lowSample: z.boolean().meta({ description: 'Either question has fewer than 30 answers.' }),
  })
  .meta({ id: 'OpportunityInterval' });

/** The opportunity-algorithm scores of one outcome over the chosen respondents (libs/domain `scoreFromCounts`). */
const scoreFields = {
  /** importance = 10 × (answers of 4 or 5) / nImportance, full precision (round only for display). */
  importance: z.number().meta({ description: 'Importance = 10 × share of importance answers of 4 or 5 (top two box); 0..10, full precision.' }),
  /** satisfaction = 10 × (answers of 4 or 5) / nSatisfaction. */
  satisfaction: z.number().meta({ description: 'Satisfaction = 10 × share of satisfaction answers of 4 or 5; 0..10, full precision.' }),
  /** opportunity = importance + max(importance − satisfaction, 0) (Ulwick's opportunity algorithm), 0..20. */
  opportunity: z.number().meta({ description: 'Opportunity = importance + max(importance − satisfaction, 0) (Ulwick); 0..20, full precision.' }),
  zone: opportunityZoneSchema,
  interval: opportunityIntervalSchema,
  /** Respondents who answered the importance question. */
  nImportance: z.number().int().meta({ description: 'Respondents who answered the importance question.' }),
  /** Respondents who answered the satisfaction question. */
  nSatisfaction: z.number().int().meta({ description: 'Respondents who answered the satisfaction question.' }),
  /** Same as interval.lowSample: fewer than 30 answers to either question. */
  lowSample: z.boolean().meta({ description: 'Fewer than 30 answers to either question: read the score as a hint, not a finding.' }),
};

export const opportunityScoreSchema = z.object(scoreFields).meta({ id: 'OpportunityScore' });
export type OpportunityScore = z.infer<typeof opportunityScoreSchema>;

export const opportunityItemSchema = z
  .object({
    outcomeId: idSchema,
    key: z.string().meta({ example: 'O-12' }),
    statement: z.string(),
    jobStep: z.object({ id: idSchema, name: z.string() }).nullable(),
    ...scoreFields,
    /** Competition rank ("1224") by opportunity, then importance; the outcome id only orders equal scores. */
    rank: z.number().int().meta({
      description:
        'Competition rank ("1224") over the whole filtered backlog (the chosen respondents and job step): opportunity desc, then importance desc; equal scores share a rank. ' +
        '`zone` and `minOpportunity` only hide rows, so they never change a rank (ranks may then skip).',
    }),
    tied: z.boolean().meta({ description: 'Another outcome shares this rank.' }),
    evidenceCount: z.number().int().meta({ description: 'Evidence quotes from interviews behind this outcome.' }),
    updatedAt: isoDateTime,
    journeys: z
      .array(z.object({ journeyId: idSchema, stageId: idSchema, touchpointId: idSchema.nullable() }))
      .meta({ description: 'Where the outcome shows in the customer journeys: a stage, or a touchpoint within it.' }),
    kpis: z
      .array(
        z.object({
          kpiId: idSchema,
          name: z.string(),
          type: kpiTypeSchema.meta({ description: 'How to read the values: NPS as signed points, CES on its scale, and so on.' }),
          unit: z.string(),
          scale: z.number().int().nullable().meta({ description: 'Answer scale of CSAT and CES (e.g. 7); null for the other types.' }),
          latest: z.number().nullable(),
          target: z.number().nullable(),
          status: kpiStatusSchema,
        }),
      )
      .meta({ description: 'KPIs that measure the outcome, with their latest value against target.' }),
    solutions: z
      .array(z.object({ solutionId: idSchema, title: z.string(), status: solutionStatusSchema }))
      .meta({ description: 'Solutions that target the outcome.' }),
  })
  .meta({ id: 'OpportunityItem' });
export type OpportunityItem = z.infer<typeof opportunityItemSchema>;

const minOpportunity = z.coerce.number().min(0).max(20);

export const listOpportunitiesQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  segment: segmentFilterSchema.optional(),
  jobStepId: idSchema.optional(),
  zone: z
    .string()
    .transform((value) => [...new Set(value.split(',').map((part) => part.trim()).filter((part) => part !== ''))])
    .pipe(z.array(opportunityZoneSchema).min(1))
    .optional()
    .meta({ description: 'One zone or several, comma-separated (`zone=extreme,high`). Applied after ranking: ranks stay those of the whole backlog.' }),
  minOpportunity: minOpportunity.optional().meta({ description: 'Only outcomes with opportunity ≥ this (0..20). Applied after ranking: ranks stay those of the whole backlog.' }),
  format: z.enum(['json', 'csv']).optional().meta({
    description:
      '`csv` (or `Accept: text/csv`) answers the same rows as RFC 4180 CSV: every row of the filtered backlog (`limit` and `cursor` do not apply), ' +
      'one header line, scores at full precision as in JSON, cells a spreadsheet would run as a formula prefixed with an apostrophe.',
  }),
});
export type ListOpportunitiesQuery = z.infer<typeof listOpportunitiesQuerySchema>;

export const opportunityBacklogSchema = z
  .object({
    items: z.array(opportunityItemSchema),
    nextCursor: z.string().nullable(),
    total: z.number().int().meta({ description: 'Outcomes in the filtered backlog, over all pages.' }),
    unrated: z.number().int().meta({ description: 'Accepted outcomes with no answers from these respondents: not ranked, not listed.' }),
    respondents: z.number().int().meta({ description: 'Respondents the scores are computed over.' }),
  })
  .meta({
    id: 'OpportunityBacklog',
    description:
      'A page of the ranked backlog. Ranks are computed over every rated accepted outcome of the chosen respondents (and job step); `zone` and `minOpportunity` then hide rows without re-ranking. ' +
      'Pages follow the rank order (keyset cursor on opportunity, importance and outcome id), so every item appears exactly once across pages.',
    example: {
      items: [
        {
          outcomeId: '0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10',
          key: 'O-12',
          statement: 'Minimize the time it takes to verify that the invoice matches the order',
          jobStep: { id: '5c2d8f0a-1b7e-4c3d-9e8f-6a5b4c3d2e1f', name: 'Confirm' },
          importance: 8,
          satisfaction: 3.0508474576271185,
          opportunity: 12.94915254237288,
          zone: 'high',
          interval: {
            importance: { low: 7.196332649371805, high: 8.617552352115975 },
            satisfaction: { low: 2.2924213223595347, high: 3.932180677219681 },
            opportunity: { low: 10.460484621523928, high: 14.942683381872417 },
            lowSample: false,
          },
          nImportance: 120,
          nSatisfaction: 118,
          lowSample: false,
          rank: 1,
          tied: false,
          evidenceCount: 3,
          updatedAt: '2025-11-20T09:30:00.000Z',
          journeys: [{ journeyId: '7d9e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a', stageId: '8e0f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b', touchpointId: '9f1a3b4c-5d6e-4f7a-8b8c-9d0e1f2a3b4c' }],
          kpis: [{ kpiId: 'a0b1c2d3-e4f5-4a6b-8c7d-8e9f0a1b2c3d', name: 'CSAT after bank connection', type: 'csat', unit: '%', scale: 5, latest: 71.4, target: 80, status: 'misses' }],
          solutions: [{ solutionId: 'b1c2d3e4-f5a6-4b7c-9d8e-9f0a1b2c3d4e', title: 'Auto-match bank lines to invoices', status: 'testing' }],
        },
      ],
      nextCursor: null,
      total: 1,
      unrated: 0,
      respondents: 120,
    },
  });
export type OpportunityBacklog = z.infer<typeof opportunityBacklogSchema>;

export const opportunityLandscapeQuerySchema = z.strictObject({
  segment: segmentFilterSchema.optional(),
  jobStepId: idSchema.optional(),
});
export type OpportunityLandscapeQuery = z.infer<typeof opportunityLandscapeQuerySchema>;

export const landscapePointSchema = z
  .object({ outcomeId: idSchema, key: z.string(), statement: z.string(), jobStepId: idSchema.nullable(), rank: z.number().int(), ...scoreFields })
  .meta({ id: 'LandscapePoint' });
export type LandscapePoint = z.infer<typeof landscapePointSchema>;

export const opportunityLandscapeSchema = z
  .object({
    points: z.array(landscapePointSchema).meta({ description: 'Every rated accepted outcome (x = satisfaction, y = importance, both 0..10), in rank order.' }),
    unrated: z.number().int(),
    respondents: z.number().int(),
  })
  .meta({ id: 'OpportunityLandscape' });
export type OpportunityLandscape = z.infer<typeof opportunityLandscapeSchema>;

export const compareOpportunitiesQuerySchema = z.strictObject({
  a: segmentFilterSchema,
  b: segmentFilterSchema,
  jobStepId: idSchema.optional(),
  alpha: z.coerce.number().gt(0).lt(1).default(0.05).meta({ description: 'Significance level of each two-sided test.' }),
});
export type CompareOpportunitiesQuery = z.infer<typeof compareOpportunitiesQuerySchema>;

const significanceSchema = z.object({ z: z.number(), pValue: z.number(), significant: z.boolean() });

export const opportunityComparisonItemSchema = z
  .object({
    outcomeId: idSchema,
    key: z.string(),
    statement: z.string(),
    a: opportunityScoreSchema,
    b: opportunityScoreSchema,
    difference: z.object({ importance: z.number(), satisfaction: z.number(), opportunity: z.number() }).meta({ description: 'a − b, full precision.' }),
    importance: significanceSchema.meta({ description: 'Pooled two-proportion z-test of the importance top-two-box shares.' }),
    satisfaction: significanceSchema.meta({ description: 'Pooled two-proportion z-test of the satisfaction top-two-box shares.' }),
  })
  .meta({ id: 'OpportunityComparisonItem' });

export const opportunityComparisonSchema = z
  .object({
    a: z.object({ segment: z.string(), respondents: z.number().int() }),
    b: z.object({ segment: z.string(), respondents: z.number().int() }),
    alpha: z.number(),
    outcomes: z.array(opportunityComparisonItemSchema).meta({ description: 'Outcomes rated in both segments, largest opportunity difference first.' }),
    onlyInA: z.array(idSchema),
    onlyInB: z.array(idSchema),
  })
  .meta({ id: 'OpportunityComparison' });
export type OpportunityComparison = z.infer<typeof opportunityComparisonSchema>;

export const createSegmentationRequestSchema = z
  .strictObject({
    name: label(80),
    k: z.number().int().min(2).max(6).optional().meta({ description: 'Number of segments; leave it out to let the silhouette choose among 2..6.' }),
    seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
  })
  .meta({ id: 'CreateSegmentationRequest', example: { name: 'Unmet needs, November', seed: 1 } });
export type CreateSegmentationRequest = z.input<typeof createSegmentationRequestSchema>;

export const segmentationSegmentSchema = z
  .object({
    id: idSchema,
    name: z.string().meta({ example: 'Unmet needs, November · 1' }),
    index: z.number().int(),
    size: z.number().int(),
    share: z.number(),
    filter: z.string().meta({ description: 'The `segment` filter value that selects this segment elsewhere in the API.', example: 'saved:0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10' }),
    topOpportunities: z.array(
      z.object({ outcomeId: idSchema, key: z.string(), statement: z.string(), rank: z.number().int(), importance: z.number(), satisfaction: z.number(), opportunity: z.number(), zone: opportunityZoneSchema }),
    ),
  })
  .meta({ id: 'SegmentationSegment' });

export const segmentationSchema = z
  .object({
    id: idSchema,
    projectId: idSchema,
    name: z.string(),
    k: z.number().int(),
    seed: z.number().int(),
    chosenBy: z.enum(['given', 'silhouette']),
    silhouette: z.number().meta({ description: 'Mean silhouette (−1..1) of the segmentation: above 0.25 is some structure, above 0.5 clear segments.' }),
    silhouetteByK: z.array(z.object({ k: z.number().int(), silhouette: z.number() })),
    respondents: z.number().int(),
    outcomes: z.number().int(),
    segments: z.array(segmentationSegmentSchema),
    createdAt: isoDateTime,
  })
  .meta({ id: 'Segmentation' });
export type Segmentation = z.infer<typeof segmentationSchema>;

export const segmentOptionSchema = z
  .object({
    filter: z.string().meta({ description: 'Pass as `segment` (or `a`/`b` of compare).' }),
    kind: z.enum(['label', 'attribute', 'saved']),
    label: z.string(),
    respondents: z.number().int(),
  })
  .meta({ id: 'SegmentOption' });
export type SegmentOption = z.infer<typeof segmentOptionSchema>;
