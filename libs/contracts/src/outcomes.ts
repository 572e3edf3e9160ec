import { z } from 'zod';
import { idSchema, isoDateTime, pageQuerySchema } from './common.js';
import { extractionProviderSchema } from './extraction.js';

export const OUTCOME_STATUSES = ['proposed', 'accepted', 'rejected', 'merged'] as const;
export const outcomeStatusSchema = z.enum(OUTCOME_STATUSES);
export type OutcomeStatus = z.infer<typeof outcomeStatusSchema>;

export const outcomeSourceSchema = z.enum(['extraction', 'manual']);
export type OutcomeSource = z.infer<typeof outcomeSourceSchema>;

export const outcomeEvidenceSchema = z
  .object({
    id: idSchema,
    interviewId: idSchema,
    start: z.number().int(),
    end: z.number().int(),
    quote: z.string().meta({ description: 'Exactly the transcript text between start and end; located by the server, never taken on trust from the model.' }),
  })
  .meta({ id: 'OutcomeEvidence' });
export type OutcomeEvidence = z.infer<typeof outcomeEvidenceSchema>;

export const lintIssueSchema = z
  .object({
    code: z.string().meta({ example: 'VAGUE_WORD' }),
    severity: z.enum(['error', 'warning']),
    message: z.string(),
    suggestion: z.string().optional(),
  })
  .meta({ id: 'LintIssue' });

export const outcomeSchema = z
  .object({
    id: idSchema,
    projectId: idSchema,
    key: z.string().meta({ description: 'Short per-project key', example: 'O-12' }),
    statement: z.string().meta({ example: 'Minimize the time it takes to verify that the invoice matches the order' }),
    parts: z
      .object({
        direction: z.string().nullable(),
        metric: z.string().nullable(),
        objectOfControl: z.string().nullable(),
        contextualClarifier: z.string().nullable(),
      })
      .meta({ description: 'The statement parsed into the ODI grammar: direction + metric + object of control + contextual clarifier.' }),
    jobStepId: idSchema.nullable(),
    status: outcomeStatusSchema,
    confidence: z.number().nullable().meta({ description: '0..1, as reported by the extractor.' }),
    lintIssues: z.array(lintIssueSchema),
    origin: z.object({
      source: outcomeSourceSchema,
      provider: extractionProviderSchema.nullable(),
      model: z.string().nullable(),
      promptVersion: z.string().nullable(),
      extractionJobId: idSchema.nullable(),
    }),
    possibleDuplicateOf: z.object({ outcomeId: idSchema, key: z.string(), similarity: z.number() }).nullable(),
    evidence: z.array(outcomeEvidenceSchema),
    version: z.number().int(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'Outcome' });
export type Outcome = z.infer<typeof outcomeSchema>;

export const listInterviewOutcomesQuerySchema = pageQuerySchema.extend({ status: outcomeStatusSchema.optional() });
export type ListInterviewOutcomesQuery = z.input<typeof listInterviewOutcomesQuerySchema>;
