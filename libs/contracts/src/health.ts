import { z } from 'zod';

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    version: z.string(),
    uptimeSeconds: z.number(),
    checks: z.object({
      database: z.object({ status: z.enum(['up', 'down']), latencyMs: z.number().nullable(), embedded: z.boolean() }),
      queue: z
        .object({
          status: z.enum(['up', 'down']).meta({ description: 'Whether the pg-boss job queue is running in this process.' }),
          workers: z.boolean().meta({ description: 'Whether this process runs extraction workers (EXTRACTION_WORKERS); otherwise `npm run worker` processes do.' }),
        })
        .meta({ description: 'The background job queue (AI extraction).' }),
    }),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof healthSchema>;
