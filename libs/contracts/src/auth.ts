import { z } from 'zod';
import { idSchema, isoDateTime, label } from './common.js';
import { workspaceSchema } from './workspaces.js';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const passwordSchema = z.string().min(10, 'Use at least 10 characters').max(256);

export const userSchema = z
  .object({ id: idSchema, email: z.string(), name: z.string(), createdAt: isoDateTime })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const registerRequestSchema = z
  .strictObject({ email: emailSchema, password: passwordSchema, name: label(120) })
  .meta({ id: 'RegisterRequest', example: { email: 'ada@example.com', password: 'correct horse battery', name: 'Ada' } });
export type RegisterRequest = z.infer<typeof registerRequestSchema>;

export const registerResponseSchema = z
  .object({ user: userSchema, workspace: workspaceSchema, token: z.string() })
  .meta({ id: 'RegisterResponse' });
export type RegisterResponse = z.infer<typeof registerResponseSchema>;

export const loginRequestSchema = z
  .strictObject({ email: emailSchema, password: z.string().min(1).max(256) })
  .meta({ id: 'LoginRequest', example: { email: 'demo@outcome-atlas.local', password: 'demo-password-1' } });
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const loginResponseSchema = z
  .object({ token: z.string().meta({ description: 'Session token; also set as an httpOnly cookie for browsers.' }), user: userSchema })
  .meta({ id: 'LoginResponse' });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const meResponseSchema = z
  .object({ user: userSchema, workspaces: z.array(workspaceSchema) })
  .meta({ id: 'Me' });
export type MeResponse = z.infer<typeof meResponseSchema>;
