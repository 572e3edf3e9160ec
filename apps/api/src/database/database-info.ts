export type DatabaseInfo = { url: string; embedded: boolean };
