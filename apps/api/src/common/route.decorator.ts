import { applyDecorators, Body, Delete, Get, HttpCode, Param, Patch, Post, Query, SetMetadata } from '@nestjs/common';
import type { Endpoint } from '@outcome-atlas/contracts';
import { Public } from '../modules/auth/caller.js';
import { ParseIdPipe, ZodValidationPipe } from './zod-validation.pipe.js';

const METHODS = { GET: Get, POST: Post, PATCH: Patch, DELETE: Delete } as const;
export const ENDPOINT_METADATA = 'outcome-atlas:endpoint';

/** Binds a handler to its shared contract: method, path, success status and public access all come from there. */
export const Route = (endpoint: Endpoint) =>
  applyDecorators(
    METHODS[endpoint.method](endpoint.path),
    HttpCode(endpoint.success.status),
    SetMetadata(ENDPOINT_METADATA, endpoint),
    ...(endpoint.auth === 'public' ? [Public()] : []),
  );

export const ValidBody = (endpoint: Endpoint) => {
  if (!endpoint.body) throw new Error(`${endpoint.method} ${endpoint.path} has no body schema`);
  return Body(new ZodValidationPipe(endpoint.body, 'body'));
};

export const ValidQuery = (endpoint: Endpoint) => {
  if (!endpoint.query) throw new Error(`${endpoint.method} ${endpoint.path} has no query schema`);
  return Query(new ZodValidationPipe(endpoint.query, 'query'));
};

/** A path id; anything that is not a UUID answers 404 like an unknown id. */
export const IdParam = (name: string, what: string) => Param(name, new ParseIdPipe(what));
