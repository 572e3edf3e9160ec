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
    mergedInto: z
      .object({ outcomeId: idSchema, key: z.string() })
      .nullable()
      .meta({ description: 'The outcome this one was merged into, while it is merged (status `merged`); null otherwise, or once that outcome is deleted.' }),
    evidence: z.array(outcomeEvidenceSchema),
    version: z.number().int(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'Outcome' });
export type Outcome = z.infer<typeof outcomeSchema>;

export const listInterviewOutcomesQuerySchema = pageQuerySchema.extend({ status: outcomeStatusSchema.optional() });
export type ListInterviewOutcomesQuery = z.input<typeof listInterviewOutcomesQuerySchema>;

export const OUTCOME_SORTS = ['key', '-key', 'confidence', '-confidence', 'updatedAt', '-updatedAt'] as const;
export const outcomeSortSchema = z.enum(OUTCOME_SORTS);
export type OutcomeSort = z.infer<typeof outcomeSortSchema>;

const booleanFlag = z.enum(['true', 'false']).transform((value) => value === 'true');

// One query form only: `status=proposed,accepted`. A repeated `status` arrives as an array and is refused (400).
const statusList = z
  .string()
  .transform((value) => [...new Set(value.split(',').map((part) => part.trim()).filter((part) => part !== ''))])
  .pipe(z.array(outcomeStatusSchema).min(1, 'Name at least one status'));

export const listProjectOutcomesQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  status: statusList.optional().meta({ description: 'One status or several, comma-separated (`status=proposed,accepted`); the parameter is not repeated.' }),
  jobStepId: z.union([idSchema, z.literal('none')]).optional().meta({ description: 'Outcomes of this job step; `none` for those not assigned to one.' }),
  personaId: idSchema.optional().meta({ description: 'Outcomes with evidence in an interview of this persona.' }),
  hasLintIssues: booleanFlag.optional().meta({ description: '`true`: only statements with lint issues; `false`: only clean ones.' }),
  hasDuplicates: booleanFlag.optional().meta({ description: '`true`: only outcomes flagged as a possible duplicate of another.' }),
  q: z.string().trim().max(200).optional().meta({ description: 'Words that must all occur in the statement (case, punctuation and British/American spelling ignored).' }),
  sort: outcomeSortSchema.default('key').meta({ description: 'Sort field; a leading `-` sorts descending. Outcomes without a confidence (manual ones) come last either way.' }),
});
export type ListProjectOutcomesQuery = z.infer<typeof listProjectOutcomesQuerySchema>;
