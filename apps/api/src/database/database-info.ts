export type DatabaseInfo = { url: string; embedded: boolean };

/** Injection token for the DatabaseInfo the app was started with (pg-boss connects with the same URL). */
export const DATABASE_INFO = Symbol('DATABASE_INFO');
