import { InitialSchema1763900000000 } from './1763900000000-initial-schema.js';

/** Every migration in order. New migrations are appended; landed ones are never edited. */
export const migrations = [InitialSchema1763900000000];
