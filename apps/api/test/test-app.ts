import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RegisterResponse } from '@outcome-atlas/contracts';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createApp, type CreatedApp } from '../src/app.js';
import { loadConfig, type AppConfig } from '../src/config/config.schema.js';
import { createTestDatabase } from './test-database.js';

export type Response<T = any> = { status: number; body: T; headers: Record<string, unknown> };

type RequestOptions = { token?: string; body?: unknown; headers?: Record<string, string>; payload?: string | Buffer };

/** A thin HTTP client over Fastify's inject: the full stack (guards, pipes, filter) without a socket. */
export class TestClient {
  constructor(private readonly app: NestFastifyApplication) {}

  async request<T = any>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, options: RequestOptions = {}): Promise<Response<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await this.app.inject({
      method,
      url,
      headers,
      ...(options.payload !== undefined ? { payload: options.payload } : options.body !== undefined ? { payload: options.body as object } : {}),
    });
    const isJson = String(response.headers['content-type'] ?? '').includes('application/json');
    return { status: response.statusCode, body: (isJson && response.body ? response.json() : response.body) as T, headers: response.headers };
  }

  async register(name: string): Promise<RegisterResponse> {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Math.random().toString(36).slice(2, 8)}@example.com`;
    const response = await this.request<RegisterResponse>('POST', '/api/v1/auth/register', { body: { email, password: 'correct horse battery', name } });
    if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }
}

export type TestContext = { app: NestFastifyApplication; client: TestClient; config: AppConfig; created: CreatedApp; databaseUrl: string };

/** Boots the real app on a private database for one test file; tables are truncated after each test. */
export function useTestApp(overrides: Record<string, string> | (() => Record<string, string>) = {}): TestContext {
  const context = {} as TestContext;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    context.config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      SEED_DEMO: 'false',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      REGISTER_RATE_LIMIT_PER_HOUR: '1000',
      DB_POOL_SIZE: '4',
      ...(typeof overrides === 'function' ? overrides() : overrides),
    });
    context.created = await createApp(context.config, { url: database.url, embedded: false });
    context.app = context.created.app;
    context.client = new TestClient(context.app);
    context.databaseUrl = database.url;
  });
  afterEach(async () => {
    await database.truncate();
  });
  afterAll(async () => {
    await context.app?.close();
    await database?.drop();
  });
  return context;
}
