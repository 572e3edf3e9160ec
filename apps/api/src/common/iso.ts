/** A timestamp from PostgreSQL (Date, or text for computed columns) as an ISO 8601 string. */
export const iso = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();
