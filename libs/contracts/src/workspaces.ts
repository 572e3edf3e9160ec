import { z } from 'zod';
import { idSchema, isoDateTime, label, workspaceRoleSchema } from './common.js';

export const workspaceSchema = z
  .object({ id: idSchema, name: z.string(), role: workspaceRoleSchema, createdAt: isoDateTime })
  .meta({ id: 'Workspace', description: 'A workspace the caller belongs to, with the caller\'s role in it.' });
export type Workspace = z.infer<typeof workspaceSchema>;

export const memberSchema = z
  .object({ userId: idSchema, email: z.string(), name: z.string(), role: workspaceRoleSchema, joinedAt: isoDateTime })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof memberSchema>;

export const addMemberRequestSchema = z
  .strictObject({ email: z.string().trim().toLowerCase().pipe(z.email()), role: workspaceRoleSchema })
  .meta({ id: 'AddMemberRequest', example: { email: 'pm@example.com', role: 'viewer' } });
export type AddMemberRequest = z.infer<typeof addMemberRequestSchema>;

export const updateMemberRequestSchema = z
  .strictObject({ role: workspaceRoleSchema })
  .meta({ id: 'UpdateMemberRequest', example: { role: 'researcher' } });
export type UpdateMemberRequest = z.infer<typeof updateMemberRequestSchema>;

export const apiTokenScopeSchema = z.enum(['read', 'write']);
export type ApiTokenScope = z.infer<typeof apiTokenScopeSchema>;

export const apiTokenSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    scope: apiTokenScopeSchema,
    prefix: z.string().meta({ description: 'First characters of the token, to recognise it in lists.' }),
    createdAt: isoDateTime,
    lastUsedAt: isoDateTime.nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createApiTokenRequestSchema = z
  .strictObject({ name: label(80), scope: apiTokenScopeSchema })
  .meta({ id: 'CreateApiTokenRequest', example: { name: 'BI export', scope: 'read' } });
export type CreateApiTokenRequest = z.infer<typeof createApiTokenRequestSchema>;

export const createdApiTokenSchema = apiTokenSchema
  .extend({ token: z.string().meta({ description: 'The secret. Shown once; only its hash is stored.' }) })
  .meta({ id: 'CreatedApiToken' });
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;

export const createWorkspaceRequestSchema = z
  .strictObject({ name: label(120) })
  .meta({ id: 'CreateWorkspaceRequest', example: { name: 'Payments research' } });
export type CreateWorkspaceRequest = z.infer<typeof createWorkspaceRequestSchema>;
