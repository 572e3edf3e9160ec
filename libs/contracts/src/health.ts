import { z } from 'zod';

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    version: z.string(),
    uptimeSeconds: z.number(),
    checks: z.object({ database: z.object({ status: z.enum(['up', 'down']), latencyMs: z.number().nullable(), embedded: z.boolean() }) }),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof healthSchema>;
