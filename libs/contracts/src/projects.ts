import { z } from 'zod';
import { freeText, idSchema, isoDateTime, label } from './common.js';

export const UNIVERSAL_JOB_STEPS = ['Define', 'Locate', 'Prepare', 'Confirm', 'Execute', 'Monitor', 'Modify', 'Conclude'] as const;
export const universalJobStepSchema = z.enum(UNIVERSAL_JOB_STEPS);
export type UniversalJobStep = z.infer<typeof universalJobStepSchema>;

export const projectSchema = z
  .object({
    id: idSchema,
    workspaceId: idSchema,
    name: z.string(),
    description: z.string(),
    jobStatement: z.string().meta({ description: 'The core functional job, solution-free.' }),
    interviewCount: z.number().int(),
    extraction: z
      .object({
        model: z.string().nullable().meta({ description: 'Model for AI extraction in this project; null uses the server default (OPENAI_MODEL).' }),
        redactPii: z.boolean().meta({ description: 'Redact emails, phone numbers, URLs and speaker names before transcript text is sent to the model.' }),
      })
      .meta({ id: 'ProjectExtractionSettings' }),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'Project' });
export type Project = z.infer<typeof projectSchema>;

export const createProjectRequestSchema = z
  .strictObject({ name: label(160), description: freeText(4000).default(''), jobStatement: freeText(500).default('') })
  .meta({
    id: 'CreateProjectRequest',
    example: { name: 'Invoice reconciliation', description: 'Finance teams closing the month', jobStatement: 'Reconcile supplier invoices with orders' },
  });
export type CreateProjectRequest = z.input<typeof createProjectRequestSchema>;

export const updateProjectRequestSchema = z
  .strictObject({
    name: label(160),
    description: freeText(4000),
    jobStatement: freeText(500),
    extraction: z
      .strictObject({
        model: z.string().trim().min(1).max(200).regex(/^[\w.:/@-]+$/, 'Model names contain letters, digits and . : / @ - _ only').nullable(),
        redactPii: z.boolean(),
      })
      .partial(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Send at least one field to change')
  .meta({ id: 'UpdateProjectRequest', example: { jobStatement: 'Close the month on time' } });
export type UpdateProjectRequest = z.infer<typeof updateProjectRequestSchema>;

export const jobStepSchema = z
  .object({
    id: idSchema,
    projectId: idSchema,
    name: z.string(),
    description: z.string(),
    universalStep: universalJobStepSchema.nullable(),
    position: z.number().int(),
  })
  .meta({ id: 'JobStep' });
export type JobStep = z.infer<typeof jobStepSchema>;

export const createJobStepRequestSchema = z
  .strictObject({
    name: label(120),
    description: freeText(2000).default(''),
    universalStep: universalJobStepSchema.nullable().default(null),
    position: z.number().int().min(0).optional().meta({ description: 'Insert at this position; appended when omitted.' }),
  })
  .meta({ id: 'CreateJobStepRequest', example: { name: 'Verify totals', universalStep: 'Confirm' } });
export type CreateJobStepRequest = z.input<typeof createJobStepRequestSchema>;

export const updateJobStepRequestSchema = z
  .strictObject({ name: label(120), description: freeText(2000), position: z.number().int().min(0) })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Send at least one field to change')
  .meta({ id: 'UpdateJobStepRequest', example: { name: 'Gather invoices', position: 1 } });
export type UpdateJobStepRequest = z.infer<typeof updateJobStepRequestSchema>;

export const personaSchema = z
  .object({ id: idSchema, projectId: idSchema, name: z.string(), description: z.string(), createdAt: isoDateTime })
  .meta({ id: 'Persona' });
export type Persona = z.infer<typeof personaSchema>;

export const createPersonaRequestSchema = z
  .strictObject({ name: label(120), description: freeText(2000).default('') })
  .meta({ id: 'CreatePersonaRequest', example: { name: 'Accounts payable clerk', description: 'Processes 200 invoices a week' } });
export type CreatePersonaRequest = z.input<typeof createPersonaRequestSchema>;
