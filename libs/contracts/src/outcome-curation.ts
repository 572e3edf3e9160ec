import { z } from 'zod';
import { idSchema, isoDateTime, label } from './common.js';
import { outcomeSchema, outcomeStatusSchema } from './outcomes.js';

const EXAMPLE_ID = '0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10';

export const evidenceSpanRequestSchema = z
  .strictObject({
    interviewId: idSchema,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((value) => value.end > value.start, { message: 'end must be greater than start', path: ['end'] })
  .meta({ id: 'EvidenceSpanRequest', description: 'A passage of an interview of the same project; the server stores the transcript text between start and end as the quote.' });

export const createOutcomeRequestSchema = z
  .strictObject({
    statement: label(500),
    jobStepId: idSchema.nullable().default(null),
    evidence: z.array(evidenceSpanRequestSchema).max(50).default([]),
  })
  .meta({
    id: 'CreateOutcomeRequest',
    description: 'A desired outcome written by a researcher: parsed, linted and keyed like extracted ones, and proposed for review.',
    example: { statement: 'Minimize the time it takes to verify that the invoice matches the order', jobStepId: null, evidence: [{ interviewId: EXAMPLE_ID, start: 41, end: 96 }] },
  });
export type CreateOutcomeRequest = z.input<typeof createOutcomeRequestSchema>;

export const updateOutcomeRequestSchema = z
  .strictObject({
    statement: label(500).optional(),
    status: outcomeStatusSchema.optional().meta({ description: '`merged` is set only by merging outcomes (422 here).' }),
    jobStepId: idSchema.nullable().optional(),
    version: z.number().int().min(1).optional().meta({
      description:
        'The version you last read (or send it as `If-Match: "<version>"`, the ETag of GET /outcomes/{outcomeId}). If someone changed the outcome since, ' +
        'the answer is 409 OUTCOME_STALE_VERSION with the current outcome in `error.details.current`.',
    }),
  })
  .refine((value) => value.statement !== undefined || value.status !== undefined || value.jobStepId !== undefined, 'Send at least one field to change besides version')
  .meta({ id: 'UpdateOutcomeRequest', example: { status: 'accepted', version: 1 } });
export type UpdateOutcomeRequest = z.input<typeof updateOutcomeRequestSchema>;

const bulkIds = z.array(idSchema).min(1).max(500);

export const bulkOutcomesRequestSchema = z
  .discriminatedUnion('action', [
    z.strictObject({ action: z.literal('accept'), ids: bulkIds }),
    z.strictObject({ action: z.literal('reject'), ids: bulkIds }),
    z.strictObject({ action: z.literal('assignJobStep'), ids: bulkIds, jobStepId: idSchema.nullable().meta({ description: 'null takes the outcomes off their job step.' }) }),
  ])
  .meta({
    id: 'BulkOutcomesRequest',
    description: 'All ids must belong to the project, or nothing changes (422 OUTCOME_NOT_FOUND lists the others). Merged outcomes are left as they are and reported.',
    example: { action: 'accept', ids: [EXAMPLE_ID] },
  });
export type BulkOutcomesRequest = z.input<typeof bulkOutcomesRequestSchema>;

export const bulkOutcomesResponseSchema = z
  .object({
    updated: z.number().int(),
    outcomes: z.array(outcomeSchema).meta({ description: 'The outcomes that changed, each with its new version.' }),
    skipped: z
      .array(z.object({ outcomeId: idSchema, key: z.string(), reason: z.enum(['merged', 'unchanged']) }))
      .meta({ description: 'The other requested outcomes: merged ones are never changed in bulk; unchanged ones already had the value.' }),
  })
  .meta({ id: 'BulkOutcomesResponse' });
export type BulkOutcomesResponse = z.infer<typeof bulkOutcomesResponseSchema>;

export const OUTCOME_HISTORY_ACTIONS = ['created', 'updated', 'status_changed', 'merged_into', 'merged_from', 'unmerged'] as const;
export const outcomeHistoryActionSchema = z.enum(OUTCOME_HISTORY_ACTIONS).meta({
  description:
    '`status_changed` when the status changed (other fields may have changed with it), `updated` for other edits; `merged_into` on an outcome merged into another, ' +
    '`merged_from` on the outcome it went into, and `unmerged` on both when the merge is undone.',
});
export type OutcomeHistoryAction = z.infer<typeof outcomeHistoryActionSchema>;

export const outcomeHistoryEntrySchema = z
  .object({
    id: idSchema,
    outcomeId: idSchema,
    at: isoDateTime,
    actor: z.object({ userId: idSchema, name: z.string() }).nullable().meta({ description: 'Who made the change; null once their account is deleted.' }),
    action: outcomeHistoryActionSchema,
    changes: z
      .record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }))
      .meta({
        description:
          'Changed fields by their API name (statement, status, jobStepId); `from` is null on creation. Merges record `mergedInto` (on the merged outcome) or ' +
          '`mergedFrom` (on the outcome it went into) as `{ outcomeId, key }`, and `evidenceCount`.',
        example: { status: { from: 'proposed', to: 'accepted' } },
      }),
    extractionJobId: idSchema.nullable().meta({ description: 'The extraction job that made the change, if one did.' }),
  })
  .meta({ id: 'OutcomeHistoryEntry' });
export type OutcomeHistoryEntry = z.infer<typeof outcomeHistoryEntrySchema>;
