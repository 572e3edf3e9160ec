import { z } from 'zod';
import { calendarDate, freeText, idSchema, isoDateTime, label, pageQuerySchema } from './common.js';
import { kpiGlanceSchema } from './journeys.js';
import { kpiStatusSchema } from './kpi-status.js';
import { KPI_TYPE_NAMES, kpiTypeSchema } from './kpi-types.js';

export { KPI_TYPE_NAMES, kpiTypeSchema };
export const KPI_LEVEL_NAMES = ['relationship', 'journey', 'touchpoint'] as const;
export const kpiLevelSchema = z.enum(KPI_LEVEL_NAMES);
export const KPI_ATTACHMENT_KINDS = ['project', 'journey', 'stage', 'touchpoint'] as const;
export const kpiAttachmentKindSchema = z.enum(KPI_ATTACHMENT_KINDS);
export const MEASUREMENT_SOURCES = ['entered', 'imported', 'computed'] as const;
export const measurementSourceSchema = z.enum(MEASUREMENT_SOURCES);

export const kpiAttachmentSchema = z
  .object({
    kind: kpiAttachmentKindSchema,
    id: idSchema.nullable().meta({ description: 'The journey, stage or touchpoint id; null for the project.' }),
    name: z.string().nullable(),
    journeyId: idSchema.nullable().meta({ description: 'The journey the stage or touchpoint belongs to (or the journey itself).' }),
  })
  .meta({ id: 'KpiAttachment' });

export const kpiSchema = z
  .object({
    id: idSchema,
    projectId: idSchema,
    name: z.string(),
    type: kpiTypeSchema,
    level: kpiLevelSchema,
    unit: z.string().meta({ description: 'Unit of the values: NPS points, %, scale mean, a duration unit such as days, a currency, or a custom unit.' }),
    scale: z.number().int().nullable().meta({ description: 'Answer scale length for CSAT (4–10) and CES (5 or 7); null otherwise.' }),
    higherIsBetter: z.boolean(),
    target: z.number().nullable(),
    description: z.string(),
    attachment: kpiAttachmentSchema,
    outcomeIds: z.array(idSchema).meta({ description: 'Outcomes (opportunities) this KPI measures.' }),
    latest: z.number().nullable(),
    latestPeriodEnd: z.iso.date().nullable(),
    status: kpiStatusSchema,
    trend: kpiGlanceSchema.shape.trend,
    measurementCount: z.number().int(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'Kpi' });
export type Kpi = z.infer<typeof kpiSchema>;

const attachToSchema = z
  .strictObject({ kind: kpiAttachmentKindSchema, id: idSchema.nullable().default(null) })
  .meta({ description: 'What the KPI is attached to; `{ kind: "project" }` for the whole project.' });

export const createKpiRequestSchema = z
  .strictObject({
    name: label(120),
    type: kpiTypeSchema,
    level: kpiLevelSchema.optional().meta({ description: 'Defaults to the type\'s level (NPS relationship, TCR journey, CSAT touchpoint ...); required for custom KPIs.' }),
    unit: label(40).optional().meta({ description: 'Defaults to the type\'s unit; required for custom KPIs.' }),
    scale: z.number().int().nullable().optional().meta({ description: 'CSAT: 4–10 (default 5); CES: 5 or 7 (required); other types: omit.' }),
    higherIsBetter: z.boolean().optional().meta({ description: 'Fixed by the method for standard types; required for custom KPIs.' }),
    target: z.number().nullable().default(null),
    description: freeText(2000).default(''),
    attachTo: attachToSchema.default({ kind: 'project', id: null }),
    outcomeIds: z.array(idSchema).max(500).default([]),
  })
  .meta({
    id: 'CreateKpiRequest',
    example: {
      name: 'CSAT after bank connection',
      type: 'csat',
      scale: 5,
      target: 80,
      attachTo: { kind: 'touchpoint', id: '3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c' },
      outcomeIds: ['0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10'],
    },
  });
export type CreateKpiRequest = z.input<typeof createKpiRequestSchema>;

export const updateKpiRequestSchema = z
  .strictObject({
    name: label(120),
    level: kpiLevelSchema,
    unit: label(40),
    scale: z.number().int().nullable(),
    higherIsBetter: z.boolean(),
    target: z.number().nullable(),
    description: freeText(2000),
    attachTo: attachToSchema,
    outcomeIds: z.array(idSchema).max(500).meta({ description: 'Replaces the set of measured outcomes.' }),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Send at least one field to change')
  .meta({ id: 'UpdateKpiRequest', example: { target: 85 } });
export type UpdateKpiRequest = z.infer<typeof updateKpiRequestSchema>;

export const listKpisQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  type: kpiTypeSchema.optional(),
  level: kpiLevelSchema.optional(),
  status: kpiStatusSchema.optional(),
  journeyId: idSchema.optional().meta({ description: 'KPIs attached to this journey or to one of its stages or touchpoints.' }),
  touchpointId: idSchema.optional(),
  outcomeId: idSchema.optional().meta({ description: 'KPIs that measure this outcome.' }),
});
export type ListKpisQuery = z.infer<typeof listKpisQuerySchema>;

export const kpiMeasurementSchema = z
  .object({
    id: idSchema,
    kpiId: idSchema,
    periodStart: z.iso.date(),
    periodEnd: z.iso.date(),
    value: z.number(),
    sampleSize: z.number().int().nullable(),
    source: measurementSourceSchema,
    inputs: z
      .record(z.string(), z.number())
      .nullable()
      .meta({ description: 'For computed values, the counts behind them (e.g. promoters, passives, detractors, n), so the figure can be re-checked.' }),
    createdAt: isoDateTime,
  })
  .meta({ id: 'KpiMeasurement' });
export type KpiMeasurement = z.infer<typeof kpiMeasurementSchema>;

export const createMeasurementRequestSchema = z
  .strictObject({
    periodStart: calendarDate,
    periodEnd: calendarDate,
    value: z.number(),
    sampleSize: z.number().int().nullable().default(null),
  })
  .meta({
    id: 'CreateMeasurementRequest',
    description: 'An entered value. Recording the same period again replaces the earlier value.',
    example: { periodStart: '2026-10-01', periodEnd: '2026-10-31', value: 72.5, sampleSize: 240 },
  });
export type CreateMeasurementRequest = z.input<typeof createMeasurementRequestSchema>;

export const listMeasurementsQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  from: calendarDate.optional().meta({ description: 'Only periods ending on or after this date.' }),
  to: calendarDate.optional().meta({ description: 'Only periods starting on or before this date.' }),
});
export type ListMeasurementsQuery = z.infer<typeof listMeasurementsQuerySchema>;

export const importMeasurementsQuerySchema = z.strictObject({
  kind: z.enum(['aggregates', 'responses']).meta({
    description:
      '`aggregates`: columns period_start, period_end, value[, sample_size]. `responses`: period_start, period_end and the raw answers per KPI type: ' +
      'nps/csat/ces `score`; tcr `completed` (true/false); ttv `duration` (empty = value not reached yet); adoption `active`, `eligible` (summed per period). ' +
      'One value per period is computed with the formulas of libs/domain and keeps its input counts.',
  }),
  dryRun: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .meta({ description: 'Validate and compute without saving.' }),
});
export type ImportMeasurementsQuery = z.infer<typeof importMeasurementsQuerySchema>;

export const importMeasurementsResponseSchema = z
  .object({
    dryRun: z.boolean(),
    rows: z.number().int().meta({ description: 'Data lines read.' }),
    periods: z.array(kpiMeasurementSchema.omit({ id: true, createdAt: true }).extend({ replaced: z.boolean() })),
  })
  .meta({ id: 'ImportMeasurementsResponse' });
export type ImportMeasurementsResponse = z.infer<typeof importMeasurementsResponseSchema>;

export const kpiDetailSchema = kpiSchema
  .extend({
    shipMarkers: z
      .array(z.object({ solutionId: idSchema, title: z.string(), shipDate: z.iso.date(), status: z.string() }))
      .meta({ description: 'Linked solutions that shipped (expected to move this KPI, or targeting an outcome it measures), for the trend chart.' }),
  })
  .meta({ id: 'KpiDetail' });
export type KpiDetail = z.infer<typeof kpiDetailSchema>;
