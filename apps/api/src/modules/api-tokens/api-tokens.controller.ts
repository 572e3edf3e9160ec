import { Controller } from '@nestjs/common';
import { endpoints, type CreateApiTokenRequest } from '@outcome-atlas/contracts';
import { IdParam, Route, ValidBody } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { ApiTokensService } from './api-tokens.service.js';

@Controller()
export class ApiTokensController {
  constructor(private readonly tokens: ApiTokensService) {}

  @Route(endpoints.listApiTokens)
  list(@CurrentCaller() caller: Caller, @IdParam('workspaceId', 'workspace') workspaceId: string) {
    return this.tokens.list(caller, workspaceId);
  }

  @Route(endpoints.createApiToken)
  create(@CurrentCaller() caller: Caller, @IdParam('workspaceId', 'workspace') workspaceId: string, @ValidBody(endpoints.createApiToken) body: CreateApiTokenRequest) {
    return this.tokens.create(caller, workspaceId, body);
  }

  @Route(endpoints.revokeApiToken)
  revoke(@CurrentCaller() caller: Caller, @IdParam('workspaceId', 'workspace') workspaceId: string, @IdParam('tokenId', 'API token') tokenId: string) {
    return this.tokens.revoke(caller, workspaceId, tokenId);
  }
}
