import { z } from 'zod';
import { idSchema, isoDateTime, label, pageQuerySchema } from './common.js';

const EXAMPLE_ID = '0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10';

export const RATING_SOURCES = ['workshop', 'survey'] as const;
export const ratingSourceSchema = z.enum(RATING_SOURCES).meta({
  description: '`workshop`: rated by researchers in the app (e.g. an internal workshop); `survey`: imported from a survey export.',
});
export type RatingSource = z.infer<typeof ratingSourceSchema>;

/** One answer on the ODI 1–5 scale; null (or absent) means the question was not answered. */
export const ratingValueSchema = z.number().int().min(1).max(5);

/**
 * Which respondents a score is computed over. Three forms:
 * - `SMB`: respondents whose segment label is `SMB` (case-insensitive; survey imports put the persona here);
 * - `region=EU`: respondents whose free attribute `region` is `EU` (case-insensitive);
 * - `saved:<segmentId>`: members of a segment saved by an outcome-based segmentation.
 */
export const segmentFilterSchema = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .meta({
    description:
      'Respondents to score over: a segment label (`SMB`, matched case-insensitively; survey imports put the persona here), ' +
      'an attribute (`region=EU`), or a saved segment from a segmentation (`saved:<segmentId>`).',
    example: 'region=EU',
  });

export type SegmentFilter =
  | { kind: 'label'; label: string }
  | { kind: 'attribute'; name: string; value: string }
  | { kind: 'saved'; segmentId: string };

/** Parses a {@link segmentFilterSchema} value; null when a `saved:` id is not a UUID. */
export function parseSegmentFilter(filter: string): SegmentFilter | null {
  const text = filter.trim();
  if (text.toLowerCase().startsWith('saved:')) {
    const segmentId = text.slice('saved:'.length).trim();
    return idSchema.safeParse(segmentId).success ? { kind: 'saved', segmentId } : null;
  }
  const equals = text.indexOf('=');
  if (equals > 0) return { kind: 'attribute', name: text.slice(0, equals).trim(), value: text.slice(equals + 1).trim() };
  return { kind: 'label', label: text };
}

const attributeName = z.string().trim().min(1).max(100);
const attributeValue = z.string().max(500);

export const respondentSchema = z
  .object({
    id: idSchema,
    projectId: idSchema,
    externalId: z.string().meta({ description: 'The respondent id of the survey tool or workshop; unique per project.', example: 'R-0042' }),
    segment: z.string().nullable().meta({ description: 'Segment label, usually the persona (e.g. `SMB`).' }),
    attributes: z.record(z.string(), z.string()).meta({ description: 'Free attributes from the survey, e.g. `{ "region": "EU" }`.' }),
    ratingCount: z.number().int().meta({ description: 'Outcomes this respondent rated.' }),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'Respondent' });
export type Respondent = z.infer<typeof respondentSchema>;

export const listRespondentsQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  q: z.string().trim().max(200).optional().meta({ description: 'Respondents whose external id starts with this text (case-insensitive).' }),
  segment: segmentFilterSchema.optional(),
});
export type ListRespondentsQuery = z.infer<typeof listRespondentsQuerySchema>;

export const createRespondentRequestSchema = z
  .strictObject({
    externalId: label(200),
    segment: label(100).nullable().default(null),
    attributes: z.record(attributeName, attributeValue).refine((value) => Object.keys(value).length <= 50, 'At most 50 attributes').default({}),
  })
  .meta({ id: 'CreateRespondentRequest', example: { externalId: 'Workshop participant 3', segment: 'SMB', attributes: { region: 'EU' } } });
export type CreateRespondentRequest = z.input<typeof createRespondentRequestSchema>;

export const ratingSchema = z
  .object({
    respondentId: idSchema,
    outcomeId: idSchema,
    importance: ratingValueSchema.nullable(),
    satisfaction: ratingValueSchema.nullable(),
    source: ratingSourceSchema,
    updatedAt: isoDateTime.meta({ description: "When the outcome's ratings last changed (ratings are stored per outcome, so this is not per respondent)." }),
  })
  .meta({ id: 'Rating' });
export type Rating = z.infer<typeof ratingSchema>;

export const listRatingsQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  respondentId: idSchema.optional(),
  outcomeId: idSchema.optional(),
});
export type ListRatingsQuery = z.infer<typeof listRatingsQuerySchema>;

export const ratingInputSchema = z
  .strictObject({
    respondentId: idSchema,
    outcomeId: idSchema,
    importance: ratingValueSchema.nullable().optional().meta({ description: '1–5; null clears the answer; leave it out to keep the current one.' }),
    satisfaction: ratingValueSchema.nullable().optional().meta({ description: '1–5; null clears the answer; leave it out to keep the current one.' }),
  })
  .meta({ id: 'RatingInput' });

export const upsertRatingsRequestSchema = z
  .strictObject({
    source: ratingSourceSchema.default('workshop'),
    ratings: z.array(ratingInputSchema).min(1).max(5000),
  })
  .refine((value) => new Set(value.ratings.map((rating) => `${rating.respondentId}/${rating.outcomeId}`)).size === value.ratings.length, {
    message: 'Each respondent and outcome may appear once per batch',
    path: ['ratings'],
  })
  .meta({
    id: 'UpsertRatingsRequest',
    description: 'One rating per respondent and outcome: an existing one is updated. A rating left with neither answer is deleted. All or nothing.',
    example: { source: 'workshop', ratings: [{ respondentId: EXAMPLE_ID, outcomeId: EXAMPLE_ID, importance: 5, satisfaction: 2 }] },
  });
export type UpsertRatingsRequest = z.input<typeof upsertRatingsRequestSchema>;

export const upsertRatingsResponseSchema = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    deleted: z.number().int(),
    ratings: z.array(ratingSchema).meta({ description: 'The ratings as stored now (deleted ones left out).' }),
  })
  .meta({ id: 'UpsertRatingsResponse' });
export type UpsertRatingsResponse = z.infer<typeof upsertRatingsResponseSchema>;

export const RATINGS_IMPORT_FORMATS = ['long', 'wide'] as const;
export const importRatingsQuerySchema = z.strictObject({
  format: z.enum(RATINGS_IMPORT_FORMATS).meta({
    description:
      '`long`: columns `respondent_id,outcome_id,importance,satisfaction[,segment]` (outcome_id may be the short key). ' +
      '`wide`: one row per respondent; a respondent id column, optional `segment`, attribute columns, and per outcome an importance and a satisfaction column ' +
      'named by its key or id (`O-12 importance`, `O-12_sat`, `imp_O-12`).',
  }),
  dryRun: z.enum(['true', 'false']).transform((value) => value === 'true').default(false).meta({ description: '`true`: validate and report, change nothing.' }),
});
export type ImportRatingsQuery = z.infer<typeof importRatingsQuerySchema>;

export const importCountsSchema = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

export const importRatingsResponseSchema = z
  .object({
    format: z.enum(RATINGS_IMPORT_FORMATS),
    dryRun: z.boolean(),
    lines: z.number().int().meta({ description: 'Data lines read (the header not counted).' }),
    respondents: importCountsSchema,
    ratings: importCountsSchema,
  })
  .meta({
    id: 'ImportRatingsResponse',
    description: 'Every line landed (or, with dryRun, would land). Re-importing the same file reports everything unchanged.',
    example: { format: 'long', dryRun: false, lines: 3, respondents: { created: 1, updated: 0, unchanged: 0 }, ratings: { created: 3, updated: 0, unchanged: 0 } },
  });
export type ImportRatingsResponse = z.infer<typeof importRatingsResponseSchema>;

export const rejectedLineSchema = z
  .object({
    line: z.number().int().meta({ description: '1-based line of the file (the header is line 1).' }),
    column: z.string().nullable().meta({ description: 'The column at fault, when one is.' }),
    code: z.string().meta({ example: 'RATING_OUT_OF_RANGE' }),
    reason: z.string().meta({ example: 'importance must be a whole number from 1 to 5, got "6"' }),
  })
  .meta({ id: 'RejectedLine' });
export type RejectedLine = z.infer<typeof rejectedLineSchema>;

/** `error.details` of a 422 RATINGS_IMPORT_REJECTED: nothing was imported. */
export const importRejectionDetailsSchema = z
  .object({
    rejectedCount: z.number().int(),
    rejected: z.array(rejectedLineSchema).meta({ description: 'The first 1,000 rejected lines, in file order.' }),
  })
  .meta({ id: 'ImportRejectionDetails' });
export type ImportRejectionDetails = z.infer<typeof importRejectionDetailsSchema>;
