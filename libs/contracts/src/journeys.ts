import { z } from 'zod';
import { freeText, idSchema, isoDateTime, label } from './common.js';
import { kpiStatusSchema } from './kpi-status.js';
import { opportunityZoneSchema } from './opportunities.js';

export const TOUCHPOINT_CHANNELS = ['web', 'app', 'phone', 'store', 'email', 'social', 'chat', 'in-person', 'other'] as const;
export const touchpointChannelSchema = z.enum(TOUCHPOINT_CHANNELS);
export type TouchpointChannel = z.infer<typeof touchpointChannelSchema>;

export const cxPyramidLevelSchema = z
  .number()
  .int()
  .min(1)
  .max(5)
  .meta({
    description:
      'Gartner CX pyramid level of what the customer expects here: 1 Communication, 2 Accountability, 3 Commitment/Engagement, 4 Proactivity, 5 Evolution.',
  });

const positionField = z.number().int().min(0).meta({ description: '0-based place among its siblings; others shift to make room. Appended when omitted.' });

export const journeySummarySchema = z
  .object({
    id: idSchema,
    projectId: idSchema,
    name: z.string(),
    description: z.string(),
    persona: z.object({ id: idSchema, name: z.string() }).nullable(),
    stageCount: z.number().int(),
    touchpointCount: z.number().int(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'JourneySummary' });
export type JourneySummary = z.infer<typeof journeySummarySchema>;

export const createJourneyRequestSchema = z
  .strictObject({
    name: label(120),
    description: freeText(2000).default(''),
    personaId: idSchema.nullable().default(null),
    stages: z.array(label(80)).max(50).default([]).meta({ description: 'Names of the first stages, in order (e.g. Discover, Buy, Onboard, Use, Renew).' }),
  })
  .meta({
    id: 'CreateJourneyRequest',
    example: { name: 'Finance team onboarding', personaId: null, stages: ['Discover', 'Buy', 'Onboard', 'Use', 'Renew or leave'] },
  });
export type CreateJourneyRequest = z.input<typeof createJourneyRequestSchema>;

export const updateJourneyRequestSchema = z
  .strictObject({ name: label(120), description: freeText(2000), personaId: idSchema.nullable() })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Send at least one field to change')
  .meta({ id: 'UpdateJourneyRequest', example: { name: 'Finance team onboarding (EU)' } });
export type UpdateJourneyRequest = z.infer<typeof updateJourneyRequestSchema>;

export const journeyStageSchema = z
  .object({ id: idSchema, journeyId: idSchema, name: z.string(), description: z.string(), position: z.number().int() })
  .meta({ id: 'JourneyStage' });
export type JourneyStage = z.infer<typeof journeyStageSchema>;

export const createStageRequestSchema = z
  .strictObject({ name: label(80), description: freeText(2000).default(''), position: positionField.optional() })
  .meta({ id: 'CreateStageRequest', example: { name: 'Onboard', description: 'From signed contract to the first reconciled month' } });
export type CreateStageRequest = z.input<typeof createStageRequestSchema>;

export const updateStageRequestSchema = z
  .strictObject({ name: label(80), description: freeText(2000) })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Send at least one field to change')
  .meta({ id: 'UpdateStageRequest', example: { name: 'Onboarding' } });
export type UpdateStageRequest = z.infer<typeof updateStageRequestSchema>;

export const reorderStagesRequestSchema = z
  .strictObject({
    stageIds: z.array(idSchema).min(1).max(200).meta({ description: "Every stage id of the journey, once each, in the new order." }),
  })
  .meta({ id: 'ReorderStagesRequest', example: { stageIds: ['3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c', '0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10'] } });
export type ReorderStagesRequest = z.infer<typeof reorderStagesRequestSchema>;

const touchpointFields = {
  name: label(120),
  channel: touchpointChannelSchema,
  ownerTeam: freeText(120).trim(),
  description: freeText(2000),
  cxLevel: cxPyramidLevelSchema.nullable(),
  expectation: freeText(1000).meta({ description: "What the customer expects here, in their own words." }),
};

export const touchpointSchema = z
  .object({
    id: idSchema,
    journeyId: idSchema,
    stageId: idSchema,
    name: z.string(),
    channel: touchpointChannelSchema,
    ownerTeam: z.string(),
    description: z.string(),
    cxLevel: z.number().int().nullable(),
    expectation: z.string(),
    position: z.number().int(),
  })
  .meta({ id: 'Touchpoint' });
export type Touchpoint = z.infer<typeof touchpointSchema>;

export const createTouchpointRequestSchema = z
  .strictObject({
    name: touchpointFields.name,
    channel: touchpointFields.channel,
    ownerTeam: touchpointFields.ownerTeam.default(''),
    description: touchpointFields.description.default(''),
    cxLevel: touchpointFields.cxLevel.default(null),
    expectation: touchpointFields.expectation.default(''),
    position: positionField.optional(),
  })
  .meta({
    id: 'CreateTouchpointRequest',
    example: {
      name: 'Connect the bank feed',
      channel: 'web',
      ownerTeam: 'Onboarding squad',
      cxLevel: 2,
      expectation: 'I just want my statements to show up without calling anyone',
    },
  });
export type CreateTouchpointRequest = z.input<typeof createTouchpointRequestSchema>;

export const updateTouchpointRequestSchema = z
  .strictObject({
    ...touchpointFields,
    stageId: idSchema.meta({ description: 'Move the touchpoint to another stage of the same journey.' }),
    position: positionField,
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Send at least one field to change')
  .meta({ id: 'UpdateTouchpointRequest', example: { stageId: '3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c', position: 0 } });
export type UpdateTouchpointRequest = z.infer<typeof updateTouchpointRequestSchema>;

export const linkOutcomeRequestSchema = z
  .strictObject({ outcomeId: idSchema })
  .meta({ id: 'LinkOutcomeRequest', example: { outcomeId: '0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10' } });
export type LinkOutcomeRequest = z.infer<typeof linkOutcomeRequestSchema>;

export const linkHighlightRequestSchema = z
  .strictObject({ highlightId: idSchema })
  .meta({ id: 'LinkHighlightRequest', example: { highlightId: '5c2d8f0a-1b7e-4c3d-9e8f-6a5b4c3d2e1f' } });
export type LinkHighlightRequest = z.infer<typeof linkHighlightRequestSchema>;

/** An accepted outcome as the atlas shows it: scored over all respondents, or unrated (null scores). */
export const atlasOpportunitySchema = z
  .object({
    outcomeId: idSchema,
    key: z.string(),
    statement: z.string(),
    status: z.string(),
    opportunity: z.number().nullable(),
    zone: opportunityZoneSchema.nullable(),
  })
  .meta({ id: 'AtlasOpportunity' });
export type AtlasOpportunity = z.infer<typeof atlasOpportunitySchema>;


/** A KPI as a card: latest value against target and the recent trend. */
export const kpiGlanceSchema = z
  .object({
    kpiId: idSchema,
    name: z.string(),
    type: z.string(),
    unit: z.string(),
    higherIsBetter: z.boolean(),
    target: z.number().nullable(),
    latest: z.number().nullable(),
    status: kpiStatusSchema,
    trend: z.array(z.object({ periodEnd: z.iso.date(), value: z.number() })).meta({ description: 'Up to the last 12 measurements, oldest first.' }),
  })
  .meta({ id: 'KpiGlance' });
export type KpiGlance = z.infer<typeof kpiGlanceSchema>;

export const atlasQuoteSchema = z
  .object({ highlightId: idSchema, interviewId: idSchema, interviewTitle: z.string(), quote: z.string() })
  .meta({ id: 'AtlasQuote' });
export type AtlasQuote = z.infer<typeof atlasQuoteSchema>;

export const PAIN_THRESHOLD = 12;

export const atlasTouchpointSchema = touchpointSchema
  .extend({
    opportunities: z.array(atlasOpportunitySchema).meta({ description: 'Linked outcomes, best opportunity first.' }),
    kpis: z.array(kpiGlanceSchema),
    quotes: z.array(atlasQuoteSchema).meta({ description: 'Linked highlights (quotes), newest first, at most 5; see quoteCount.' }),
    quoteCount: z.number().int(),
    pain: z.object({
      marked: z.boolean(),
      bestOpportunity: z.number().nullable(),
      reasons: z.array(z.enum(['opportunity', 'kpi'])).meta({ description: `opportunity: the best linked opportunity is ≥ ${PAIN_THRESHOLD}; kpi: a linked KPI misses its target.` }),
    }),
  })
  .meta({ id: 'AtlasTouchpoint' });
export type AtlasTouchpoint = z.infer<typeof atlasTouchpointSchema>;

export const atlasStageSchema = journeyStageSchema
  .extend({
    opportunities: z.array(atlasOpportunitySchema).meta({ description: 'Outcomes linked to the stage as a whole.' }),
    kpis: z.array(kpiGlanceSchema),
    touchpoints: z.array(atlasTouchpointSchema),
  })
  .meta({ id: 'AtlasStage' });
export type AtlasStage = z.infer<typeof atlasStageSchema>;

export const journeyAtlasSchema = journeySummarySchema
  .extend({ kpis: z.array(kpiGlanceSchema).meta({ description: 'KPIs attached to the journey itself.' }), stages: z.array(atlasStageSchema) })
  .meta({ id: 'JourneyAtlas', description: 'A journey with its stages, touchpoints, linked opportunities, quotes and KPIs: everything the atlas view draws, in one response.' });
export type JourneyAtlas = z.infer<typeof journeyAtlasSchema>;

export const touchpointDetailSchema = touchpointSchema
  .extend({ stageName: z.string(), journeyName: z.string(), opportunities: z.array(atlasOpportunitySchema), kpis: z.array(kpiGlanceSchema), quotes: z.array(atlasQuoteSchema) })
  .meta({ id: 'TouchpointDetail', description: 'One touchpoint with every linked outcome, KPI and quote.' });
export type TouchpointDetail = z.infer<typeof touchpointDetailSchema>;

/** Where an outcome shows in the journeys, what measures it and what targets it: the chain from one outcome. */
export const outcomeLinksSchema = z
  .object({
    journeys: z.array(
      z.object({
        journeyId: idSchema,
        journeyName: z.string(),
        stageId: idSchema,
        stageName: z.string(),
        touchpointId: idSchema.nullable(),
        touchpointName: z.string().nullable(),
      }),
    ),
    kpis: z.array(kpiGlanceSchema),
    solutions: z.array(z.object({ solutionId: idSchema, title: z.string(), status: z.string(), shipDate: z.iso.date().nullable() })),
  })
  .meta({ id: 'OutcomeLinks' });
export type OutcomeLinks = z.infer<typeof outcomeLinksSchema>;
