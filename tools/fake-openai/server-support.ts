/**
 * Plumbing for the fake server: authentication as OpenAI does it, model objects, body reading.
 */
import type { IncomingMessage } from 'node:http';
import { apiError, type ApiError } from './openai-errors.ts';

const MAX_BODY_BYTES = 32 * 1024 * 1024;
const MODEL_CREATED = 1_700_000_000;

export function checkAuth(authorization: string | undefined, apiKeys: readonly string[] | undefined): ApiError | undefined {
  const key = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!key) {
    return apiError(
      401,
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
      { code: 'invalid_api_key' },
    );
  }
  if (apiKeys && !apiKeys.includes(key)) {
    const masked = key.length > 8 ? `${key.slice(0, 3)}*****${key.slice(-4)}` : `${key.slice(0, 1)}*****`;
    return apiError(401, `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`, {
      code: 'invalid_api_key',
    });
  }
  return undefined;
}

export const modelObject = (id: string) => ({ id, object: 'model', created: MODEL_CREATED, owned_by: 'fake-openai' });

export async function readBody(incoming: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error(`request body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parsed JSON when the body is JSON, the raw text otherwise, undefined when empty. */
export function parseBody(raw: string): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}
