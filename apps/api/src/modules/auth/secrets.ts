import { createHash, randomBytes } from 'node:crypto';

/** A random secret with a recognisable prefix (so leaked tokens are easy to spot). */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Tokens carry 256 bits of entropy, so a fast hash is enough; passwords use argon2id instead. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
