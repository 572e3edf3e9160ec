import { Controller } from '@nestjs/common';
import {
  endpoints,
  type CreateJobStepRequest,
  type CreatePersonaRequest,
  type CreateProjectRequest,
  type PageQuery,
  type UpdateJobStepRequest,
  type UpdateProjectRequest,
} from '@outcome-atlas/contracts';
import { IdParam, Route, ValidBody, ValidQuery } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { JobMapService } from './job-map.service.js';
import { ProjectsService } from './projects.service.js';

const ProjectId = () => IdParam('projectId', 'project');

@Controller()
export class ProjectsController {
  constructor(
    private readonly projects: ProjectsService,
    private readonly jobMap: JobMapService,
  ) {}

  @Route(endpoints.listProjects)
  list(@CurrentCaller() caller: Caller, @IdParam('workspaceId', 'workspace') workspaceId: string, @ValidQuery(endpoints.listProjects) page: PageQuery) {
    return this.projects.list(caller, workspaceId, page);
  }

  @Route(endpoints.createProject)
  create(@CurrentCaller() caller: Caller, @IdParam('workspaceId', 'workspace') workspaceId: string, @ValidBody(endpoints.createProject) body: Required<CreateProjectRequest>) {
    return this.projects.create(caller, workspaceId, body);
  }

  @Route(endpoints.getProject)
  get(@CurrentCaller() caller: Caller, @ProjectId() projectId: string) {
    return this.projects.get(caller, projectId);
  }

  @Route(endpoints.updateProject)
  update(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidBody(endpoints.updateProject) body: UpdateProjectRequest) {
    return this.projects.update(caller, projectId, body);
  }

  @Route(endpoints.deleteProject)
  remove(@CurrentCaller() caller: Caller, @ProjectId() projectId: string) {
    return this.projects.remove(caller, projectId);
  }

  @Route(endpoints.listJobSteps)
  listSteps(@CurrentCaller() caller: Caller, @ProjectId() projectId: string) {
    return this.jobMap.listSteps(caller, projectId);
  }

  @Route(endpoints.createJobStep)
  createStep(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidBody(endpoints.createJobStep) body: CreateJobStepRequest & { description: string }) {
    return this.jobMap.createStep(caller, projectId, body);
  }

  @Route(endpoints.updateJobStep)
  updateStep(@CurrentCaller() caller: Caller, @IdParam('jobStepId', 'job step') stepId: string, @ValidBody(endpoints.updateJobStep) body: UpdateJobStepRequest) {
    return this.jobMap.updateStep(caller, stepId, body);
  }

  @Route(endpoints.deleteJobStep)
  deleteStep(@CurrentCaller() caller: Caller, @IdParam('jobStepId', 'job step') stepId: string) {
    return this.jobMap.deleteStep(caller, stepId);
  }

  @Route(endpoints.listPersonas)
  listPersonas(@CurrentCaller() caller: Caller, @ProjectId() projectId: string) {
    return this.jobMap.listPersonas(caller, projectId);
  }

  @Route(endpoints.createPersona)
  createPersona(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidBody(endpoints.createPersona) body: Required<CreatePersonaRequest>) {
    return this.jobMap.createPersona(caller, projectId, body);
  }
}
