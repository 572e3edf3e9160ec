import { z } from 'zod';
import { idSchema, isoDateTime, pageQuerySchema } from './common.js';

export const EXTRACTION_PROVIDERS = ['openai', 'offline'] as const;
export const extractionProviderSchema = z.enum(EXTRACTION_PROVIDERS).meta({
  description: '`openai`: the configured OpenAI-compatible model. `offline`: deterministic suggestions from a cue lexicon, no network.',
});
export type ExtractionProvider = z.infer<typeof extractionProviderSchema>;

export const EXTRACTION_JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export const extractionJobStatusSchema = z.enum(EXTRACTION_JOB_STATUSES);
export type ExtractionJobStatus = z.infer<typeof extractionJobStatusSchema>;

export const extractionJobSchema = z
  .object({
    id: idSchema,
    projectId: idSchema,
    interviewId: idSchema,
    interviewTitle: z.string(),
    provider: extractionProviderSchema,
    model: z.string(),
    promptVersion: z.string(),
    status: extractionJobStatusSchema,
    progress: z.object({
      chunksDone: z.number().int(),
      chunksTotal: z.number().int().meta({ description: '0 until the job has split the transcript.' }),
    }),
    outcomesCreated: z.number().int(),
    duplicatesFound: z.number().int().meta({ description: 'New outcomes linked as a possible duplicate of an existing one.' }),
    ungroundedDropped: z.number().int().meta({ description: 'Proposed outcomes dropped because none of their quotes is in the transcript.' }),
    usage: z.object({ promptTokens: z.number().int(), completionTokens: z.number().int() }),
    costEstimateUsd: z.number().nullable().meta({ description: 'From token usage and the configured prices; null for the offline extractor.' }),
    attempts: z.number().int(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    createdAt: isoDateTime,
    startedAt: isoDateTime.nullable(),
    finishedAt: isoDateTime.nullable(),
  })
  .meta({ id: 'ExtractionJob' });
export type ExtractionJob = z.infer<typeof extractionJobSchema>;

export const startExtractionsResponseSchema = z
  .object({
    jobs: z.array(extractionJobSchema),
    skipped: z.number().int().meta({ description: 'Interviews already extracted (or being extracted) with this model and prompt version.' }),
  })
  .meta({ id: 'StartExtractionsResponse' });
export type StartExtractionsResponse = z.infer<typeof startExtractionsResponseSchema>;

export const extractionEstimateSchema = z
  .object({
    provider: extractionProviderSchema,
    model: z.string(),
    promptVersion: z.string(),
    interviews: z.number().int().meta({ description: 'Interviews that would be extracted (already extracted ones are skipped).' }),
    words: z.number().int(),
    chunks: z.number().int().meta({ description: 'Model calls: one per chunk of transcript.' }),
    promptTokens: z.number().int().meta({ description: 'Estimated, about 4 characters per token plus the instructions per call.' }),
    completionTokens: z.number().int(),
    costUsd: z.number().nullable().meta({ description: 'Estimated from the configured per-million-token prices; null for the offline extractor.' }),
  })
  .meta({ id: 'ExtractionEstimate' });
export type ExtractionEstimate = z.infer<typeof extractionEstimateSchema>;

export const listExtractionJobsQuerySchema = pageQuerySchema.extend({
  status: extractionJobStatusSchema.optional(),
  interviewId: idSchema.optional(),
});
export type ListExtractionJobsQuery = z.input<typeof listExtractionJobsQuerySchema>;

export const startExtractionRequestSchema = z
  .strictObject({
    provider: extractionProviderSchema
      .optional()
      .meta({ description: 'Defaults to `openai` when the server has an API key, otherwise `offline`.' }),
  })
  .default({})
  .meta({ id: 'StartExtractionRequest', example: { provider: 'offline' } });
export type StartExtractionRequest = z.input<typeof startExtractionRequestSchema>;

export const extractionEstimateQuerySchema = z.strictObject({ provider: extractionProviderSchema.optional() });
