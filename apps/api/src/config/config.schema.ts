import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * Every environment variable the API reads, with its default. `.env.example`
 * mirrors this list; a bad value stops the app at boot naming the variable.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0).describe('0 picks a free port'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: booleanFromEnv.default(true),
  WEB_DIST_DIR: z.string().optional(),
  COOKIE_SECURE: booleanFromEnv.default(false),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(24 * 14),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  REGISTER_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(30),
  MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
  MAX_TRANSCRIPT_CHARS: z.coerce.number().int().min(1000).max(900_000).default(500_000),
  MAX_UTTERANCES: z.coerce.number().int().min(10).default(20_000),
  RATINGS_IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(200 * 1024 * 1024).describe('Largest survey CSV import (streamed, never held in memory)'),
  RATINGS_IMPORT_MAX_ANSWER_CELLS: z.coerce.number().int().min(1).max(200_000_000).default(16_000_000).describe('Most respondents × outcomes one survey import holds in memory (5 bytes each)'),
  RATINGS_IMPORT_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(2).describe('Survey imports streaming at once per process (each holds a database connection)'),
  RATINGS_IMPORT_QUEUE_SECONDS: z.coerce.number().int().min(0).max(600).default(30).describe('How long an import waits for its turn before a 503'),
  UPLOAD_IDLE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30).describe('An import upload that sends nothing this long is abandoned (408)'),
  // AI extraction. Without OPENAI_API_KEY the offline extractor is the default.
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://localhost:11434/v1' }).optional(),
  OPENAI_MODEL: z.string().min(1).max(200).default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  OPENAI_INPUT_USD_PER_MTOK: z.coerce.number().min(0).default(0.15).describe('Price per million prompt tokens, for cost estimates'),
  OPENAI_OUTPUT_USD_PER_MTOK: z.coerce.number().min(0).default(0.6).describe('Price per million completion tokens, for cost estimates'),
  EXTRACTION_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4).describe('Model calls in flight per process'),
  EXTRACTION_WORKERS: booleanFromEnv.default(true).describe('Run extraction workers inside the API process (false: use npm run worker)'),
  EXTRACTION_CHUNK_TOKENS: z.coerce.number().int().min(500).max(100_000).default(3000),
  EXTRACTION_CHUNK_OVERLAP_TOKENS: z.coerce.number().int().min(0).max(5000).default(150),
  EXTRACTION_JOBS_PER_WORKER: z.coerce.number().int().min(1).max(32).default(4).describe('Interviews extracted at once per process'),
  EXTRACTION_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(3).describe('Job retries after the SDK retries are spent'),
  EXTRACTION_HEARTBEAT_SECONDS: z.coerce.number().int().min(10).max(600).default(30).describe('A job whose worker stops beating this long is resumed elsewhere'),
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError whose message names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = configSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  return result.data;
}
