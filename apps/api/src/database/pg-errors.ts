/** PostgreSQL SQLSTATE codes the services turn into domain errors. */
const codeOf = (error: unknown): string | undefined => (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;

export const isUniqueViolation = (error: unknown): boolean => codeOf(error) === '23505';
export const isExclusionViolation = (error: unknown): boolean => codeOf(error) === '23P01';
