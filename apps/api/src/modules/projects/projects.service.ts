import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UNIVERSAL_JOB_STEPS, type CreateProjectRequest, type Page, type PageQuery, type Project, type UpdateProjectRequest } from '@outcome-atlas/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../common/app-error.js';
import { decodeCursor, isTimeIdCursor, toPage } from '../../common/cursor.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { JobStepEntity } from './job-step.entity.js';
import { PROJECT_SELECT, toProject, type ProjectRow } from './project.mapper.js';
import { ProjectEntity } from './project.entity.js';

@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(caller: Caller, workspaceId: string, page: PageQuery): Promise<Page<Project>> {
    await this.access.workspace(caller, workspaceId, 'read');
    const after = decodeCursor(page.cursor, isTimeIdCursor);
    const rows: ProjectRow[] = await this.db.query(
      `${PROJECT_SELECT} WHERE p.workspace_id = $1 AND ($2::timestamptz IS NULL OR (p.created_at, p.id) > ($2, $3::uuid))
       ORDER BY p.created_at, p.id LIMIT $4`,
      [workspaceId, after?.t ?? null, after?.id ?? null, page.limit + 1],
    );
    return toPage(rows, page.limit, toProject, (row) => ({ t: row.cursor_at, id: row.id }));
  }

  async create(caller: Caller, workspaceId: string, request: Required<CreateProjectRequest>): Promise<Project> {
    await this.access.workspace(caller, workspaceId, 'write');
    const id = await this.db.transaction((manager) => this.insertWithJobMap(manager, workspaceId, request));
    return this.load(this.db.manager, id);
  }

  /** Creates a project with the eight universal job-map steps (also used by the demo seed). */
  async insertWithJobMap(manager: EntityManager, workspaceId: string, request: Required<CreateProjectRequest>): Promise<string> {
    const project = await manager.save(manager.create(ProjectEntity, { workspaceId, ...request }));
    await manager.insert(
      JobStepEntity,
      UNIVERSAL_JOB_STEPS.map((step, position) => ({ projectId: project.id, name: step, universalStep: step, position, description: '' })),
    );
    return project.id;
  }

  async get(caller: Caller, projectId: string): Promise<Project> {
    await this.access.resource(caller, 'project', projectId, 'read');
    return this.load(this.db.manager, projectId);
  }

  async update(caller: Caller, projectId: string, request: UpdateProjectRequest): Promise<Project> {
    await this.access.resource(caller, 'project', projectId, 'write');
    const { extraction, ...fields } = request;
    await this.db.getRepository(ProjectEntity).update(
      { id: projectId },
      {
        ...fields,
        ...(extraction?.model !== undefined ? { extractionModel: extraction.model } : {}),
        ...(extraction?.redactPii !== undefined ? { redactPii: extraction.redactPii } : {}),
      },
    );
    return this.load(this.db.manager, projectId);
  }

  async remove(caller: Caller, projectId: string): Promise<void> {
    await this.access.resource(caller, 'project', projectId, 'manage');
    await this.db.getRepository(ProjectEntity).delete({ id: projectId });
  }

  private async load(manager: EntityManager, projectId: string): Promise<Project> {
    const rows: ProjectRow[] = await manager.query(`${PROJECT_SELECT} WHERE p.id = $1`, [projectId]);
    if (!rows[0]) throw notFound('project');
    return toProject(rows[0]);
  }
}
