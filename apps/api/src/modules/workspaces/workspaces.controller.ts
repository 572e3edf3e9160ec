import { Controller } from '@nestjs/common';
import { endpoints, type AddMemberRequest, type CreateWorkspaceRequest, type PageQuery, type UpdateMemberRequest } from '@outcome-atlas/contracts';
import { IdParam, Route, ValidBody, ValidQuery } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { WorkspacesService } from './workspaces.service.js';

@Controller()
export class WorkspacesController {
  constructor(private readonly workspaces: WorkspacesService) {}

  @Route(endpoints.listWorkspaces)
  list(@CurrentCaller() caller: Caller) {
    return this.workspaces.list(caller);
  }

  @Route(endpoints.createWorkspace)
  create(@CurrentCaller() caller: Caller, @ValidBody(endpoints.createWorkspace) body: CreateWorkspaceRequest) {
    return this.workspaces.create(caller, body);
  }

  @Route(endpoints.listMembers)
  listMembers(@CurrentCaller() caller: Caller, @IdParam('workspaceId', 'workspace') workspaceId: string, @ValidQuery(endpoints.listMembers) page: PageQuery) {
    return this.workspaces.listMembers(caller, workspaceId, page);
  }

  @Route(endpoints.addMember)
  addMember(@CurrentCaller() caller: Caller, @IdParam('workspaceId', 'workspace') workspaceId: string, @ValidBody(endpoints.addMember) body: AddMemberRequest) {
    return this.workspaces.addMember(caller, workspaceId, body);
  }

  @Route(endpoints.updateMember)
  updateMember(
    @CurrentCaller() caller: Caller,
    @IdParam('workspaceId', 'workspace') workspaceId: string,
    @IdParam('userId', 'member') userId: string,
    @ValidBody(endpoints.updateMember) body: UpdateMemberRequest,
  ) {
    return this.workspaces.updateMember(caller, workspaceId, userId, body.role);
  }

  @Route(endpoints.removeMember)
  removeMember(@CurrentCaller() caller: Caller, @IdParam('workspaceId', 'workspace') workspaceId: string, @IdParam('userId', 'member') userId: string) {
    return this.workspaces.removeMember(caller, workspaceId, userId);
  }
}
