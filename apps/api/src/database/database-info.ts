export const DATABASE_INFO = Symbol('DATABASE_INFO');
export type DatabaseInfo = { url: string; embedded: boolean };
