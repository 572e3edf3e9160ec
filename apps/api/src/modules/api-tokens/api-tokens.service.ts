import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApiToken, CreateApiTokenRequest, CreatedApiToken } from '@outcome-atlas/contracts';
import { DataSource, IsNull } from 'typeorm';
import { forbidden, notFound } from '../../common/app-error.js';
import { API_TOKEN_PREFIX, type Caller } from '../auth/caller.js';
import { hashSecret, newSecret } from '../auth/secrets.js';
import { AccessService } from '../workspaces/access.service.js';
import { iso } from '../../common/iso.js';
import { ApiTokenEntity } from './api-token.entity.js';

const toApiToken = (token: ApiTokenEntity): ApiToken => ({
  id: token.id,
  name: token.name,
  scope: token.scope,
  prefix: token.prefix,
  createdAt: iso(token.createdAt),
  lastUsedAt: token.lastUsedAt ? iso(token.lastUsedAt) : null,
});

@Injectable()
export class ApiTokensService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(caller: Caller, workspaceId: string): Promise<{ items: ApiToken[] }> {
    this.requireSession(caller);
    await this.access.workspace(caller, workspaceId, 'read');
    const tokens = await this.db.getRepository(ApiTokenEntity).find({
      where: { workspaceId, userId: caller.userId, revokedAt: IsNull() },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return { items: tokens.map(toApiToken) };
  }

  async create(caller: Caller, workspaceId: string, request: CreateApiTokenRequest): Promise<CreatedApiToken> {
    this.requireSession(caller);
    // A write token can do what its owner can; viewers may only mint read tokens.
    await this.access.workspace(caller, workspaceId, request.scope === 'write' ? 'write' : 'read');
    const secret = newSecret(API_TOKEN_PREFIX);
    const repository = this.db.getRepository(ApiTokenEntity);
    const token = await repository.save(
      repository.create({ workspaceId, userId: caller.userId, name: request.name, scope: request.scope, prefix: secret.slice(0, 12), tokenHash: hashSecret(secret) }),
    );
    return { ...toApiToken(token), token: secret };
  }

  async revoke(caller: Caller, workspaceId: string, tokenId: string): Promise<void> {
    this.requireSession(caller);
    await this.access.workspace(caller, workspaceId, 'read');
    const result: [unknown[], number] = await this.db.query(
      'UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND workspace_id = $2 AND user_id = $3 AND revoked_at IS NULL',
      [tokenId, workspaceId, caller.userId],
    );
    if (result[1] === 0) throw notFound('API token');
  }

  private requireSession(caller: Caller): void {
    if (caller.via === 'token') throw forbidden('API tokens cannot manage API tokens; log in to do this');
  }
}
