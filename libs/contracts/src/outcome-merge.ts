import { z } from 'zod';
import { idSchema, isoDateTime } from './common.js';
import { outcomeSchema, outcomeStatusSchema } from './outcomes.js';

const EXAMPLE_ID = '0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10';

const versionField = z.number().int().min(1).optional().meta({
  description:
    'The version of this outcome you last read (or send it as `If-Match: "<version>"`, the ETag of GET /outcomes/{outcomeId}). If someone changed it since, ' +
    'the answer is 409 OUTCOME_STALE_VERSION with the current outcome in `error.details.current`.',
});

export const mergeOutcomeRequestSchema = z
  .strictObject({
    intoOutcomeId: idSchema.meta({ description: 'The outcome that stays: an outcome of the same project that is not merged itself.' }),
    version: versionField,
  })
  .meta({
    id: 'MergeOutcomeRequest',
    description:
      'Moves this outcome\'s evidence to `intoOutcomeId` (spans that outcome already quotes stay here) and marks this outcome `merged`, pointing at it. ' +
      'Undo with POST /outcomes/{outcomeId}/unmerge.',
    example: { intoOutcomeId: EXAMPLE_ID, version: 3 },
  });
export type MergeOutcomeRequest = z.input<typeof mergeOutcomeRequestSchema>;

export const mergeOutcomeResponseSchema = z
  .object({ outcome: outcomeSchema, merged: outcomeSchema })
  .meta({
    id: 'MergeOutcomeResponse',
    description:
      '`outcome`: the outcome merged into, with the evidence it received and its new version. `merged`: the merged outcome, with status `merged`, ' +
      '`mergedInto` set, and the evidence it kept (spans the other outcome already had).',
  });
export type MergeOutcomeResponse = z.infer<typeof mergeOutcomeResponseSchema>;

export const unmergeOutcomeRequestSchema = z
  .strictObject({ version: versionField })
  .meta({
    id: 'UnmergeOutcomeRequest',
    description: 'Undoes the merge in effect: the evidence rows it moved come back (those still on the other outcome), and the status before the merge is restored.',
    example: { version: 4 },
  });
export type UnmergeOutcomeRequest = z.input<typeof unmergeOutcomeRequestSchema>;

export const unmergeOutcomeResponseSchema = z
  .object({
    outcome: outcomeSchema,
    from: outcomeSchema.nullable(),
    evidenceNotReturned: z
      .array(idSchema)
      .meta({ description: 'Evidence rows the merge moved that are no longer on the other outcome (deleted with it, or moved on by a later merge of it).' }),
  })
  .meta({
    id: 'UnmergeOutcomeResponse',
    description: '`outcome`: the restored outcome. `from`: the outcome it had been merged into, without the returned evidence (null if that outcome was deleted).',
  });
export type UnmergeOutcomeResponse = z.infer<typeof unmergeOutcomeResponseSchema>;

export const MAX_DUPLICATE_CANDIDATES = 5000;

export const listOutcomeDuplicatesQuerySchema = z.strictObject({
  threshold: z.coerce
    .number()
    .min(0.5)
    .max(1)
    .default(0.8)
    .meta({ description: 'Minimum similarity (0.5..1) of every pair inside a group. 0.8 groups rewordings; lower values also group outcomes that differ in one word.' }),
});
export type ListOutcomeDuplicatesQuery = z.infer<typeof listOutcomeDuplicatesQuerySchema>;

export const duplicateGroupSchema = z
  .object({
    outcomes: z.array(z.object({ outcomeId: idSchema, key: z.string(), statement: z.string(), status: outcomeStatusSchema, updatedAt: isoDateTime })).min(2),
    minSimilarity: z.number(),
    maxSimilarity: z.number(),
    pairs: z
      .array(z.object({ a: idSchema, b: idSchema, similarity: z.number() }))
      .meta({ description: 'Every pair of the group, most similar first.' }),
  })
  .meta({ id: 'OutcomeDuplicateGroup', description: 'Outcomes that say the same thing: every pair scores at least the threshold. Outcomes are in key order.' });
export type OutcomeDuplicateGroup = z.infer<typeof duplicateGroupSchema>;

export const outcomeDuplicatesResponseSchema = z
  .object({
    threshold: z.number(),
    groups: z.array(duplicateGroupSchema).meta({ description: 'Most similar group first.' }),
    compared: z.number().int().meta({ description: 'How many outcomes were compared: the project\'s proposed and accepted ones (merged and rejected are left out).' }),
    truncated: z
      .boolean()
      .meta({ description: `True when the project has more than ${MAX_DUPLICATE_CANDIDATES} such outcomes; then only the first ${MAX_DUPLICATE_CANDIDATES} by key were compared.` }),
  })
  .meta({ id: 'OutcomeDuplicates' });
export type OutcomeDuplicates = z.infer<typeof outcomeDuplicatesResponseSchema>;
