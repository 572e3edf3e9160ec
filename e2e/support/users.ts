import { randomUUID } from 'node:crypto';
import { endpoints, type RegisterResponse } from '@outcome-atlas/contracts';
import { inject } from 'vitest';
import { ApiClient, expectSuccess } from './http-client.js';

export const PASSWORD = 'correct horse battery staple';

export type RegisteredUser = RegisterResponse & { email: string; password: string };

/** The client of the shared app started by the global setup. */
export const sharedClient = (): ApiClient => new ApiClient(inject('apiUrl'));

export function uniqueEmail(hint = 'user'): string {
  const local = hint.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.+|\.+$/g, '') || 'user';
  return `${local}.${randomUUID().slice(0, 8)}@example.com`;
}

/** Registers a fresh account (with its first workspace) and returns its session token. */
export async function registerUser(client: ApiClient, name = 'Test User'): Promise<RegisteredUser> {
  const email = uniqueEmail(name);
  const response = await client.call(endpoints.register, { json: { email, password: PASSWORD, name } });
  return { ...expectSuccess<RegisterResponse>(response, endpoints.register), email, password: PASSWORD };
}
