import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateJobStepRequest, CreatePersonaRequest, JobStep, Persona, UpdateJobStepRequest } from '@outcome-atlas/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict } from '../../common/app-error.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { JobStepEntity } from './job-step.entity.js';
import { PersonaEntity } from './persona.entity.js';
import { toJobStep, toPersona } from './project.mapper.js';

/** The project's job map (ordered steps) and its personas. */
@Injectable()
export class JobMapService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async listSteps(caller: Caller, projectId: string): Promise<{ items: JobStep[] }> {
    await this.access.resource(caller, 'project', projectId, 'read');
    const steps = await this.db.getRepository(JobStepEntity).find({ where: { projectId }, order: { position: 'ASC', id: 'ASC' } });
    return { items: steps.map(toJobStep) };
  }

  async createStep(caller: Caller, projectId: string, request: CreateJobStepRequest & { description: string }): Promise<JobStep> {
    await this.access.resource(caller, 'project', projectId, 'write');
    return this.db.transaction(async (manager) => {
      const steps = await this.lockSteps(manager, projectId);
      const position = Math.min(request.position ?? steps.length, steps.length);
      const step = await manager.save(
        manager.create(JobStepEntity, { projectId, name: request.name, description: request.description, universalStep: request.universalStep ?? null, position: steps.length }),
      );
      await this.renumber(manager, steps.map((row) => row.id).toSpliced(position, 0, step.id));
      return toJobStep({ ...step, position });
    });
  }

  async updateStep(caller: Caller, stepId: string, request: UpdateJobStepRequest): Promise<JobStep> {
    const { projectId } = await this.access.resource(caller, 'jobStep', stepId, 'write');
    return this.db.transaction(async (manager) => {
      const { position, ...fields } = request;
      if (Object.keys(fields).length > 0) await manager.update(JobStepEntity, { id: stepId }, fields);
      if (position !== undefined) {
        const ids = (await this.lockSteps(manager, projectId)).map((row) => row.id).filter((id) => id !== stepId);
        await this.renumber(manager, ids.toSpliced(Math.min(position, ids.length), 0, stepId));
      }
      return toJobStep(await manager.findOneByOrFail(JobStepEntity, { id: stepId }));
    });
  }

  async deleteStep(caller: Caller, stepId: string): Promise<void> {
    const { projectId } = await this.access.resource(caller, 'jobStep', stepId, 'write');
    await this.db.transaction(async (manager) => {
      const ids = (await this.lockSteps(manager, projectId)).map((row) => row.id).filter((id) => id !== stepId);
      await manager.delete(JobStepEntity, { id: stepId });
      await this.renumber(manager, ids);
    });
  }

  async listPersonas(caller: Caller, projectId: string): Promise<{ items: Persona[] }> {
    await this.access.resource(caller, 'project', projectId, 'read');
    const personas = await this.db.getRepository(PersonaEntity).find({ where: { projectId }, order: { name: 'ASC', id: 'ASC' } });
    return { items: personas.map(toPersona) };
  }

  async createPersona(caller: Caller, projectId: string, request: Required<CreatePersonaRequest>): Promise<Persona> {
    await this.access.resource(caller, 'project', projectId, 'write');
    const rows: PersonaEntity[] = await this.db.query(
      `INSERT INTO personas (project_id, name, description) VALUES ($1, $2, $3)
       ON CONFLICT (project_id, lower(name)) DO NOTHING
       RETURNING id, project_id AS "projectId", name, description, created_at AS "createdAt"`,
      [projectId, request.name, request.description],
    );
    if (!rows[0]) throw conflict('PERSONA_EXISTS', `A persona named "${request.name}" already exists in this project`);
    return toPersona(rows[0]);
  }

  // Locking the project's steps serialises concurrent reorders so positions stay 0..n-1.
  private lockSteps(manager: EntityManager, projectId: string): Promise<{ id: string }[]> {
    return manager.query('SELECT id FROM job_steps WHERE project_id = $1 ORDER BY position, id FOR UPDATE', [projectId]);
  }

  private async renumber(manager: EntityManager, orderedIds: string[]): Promise<void> {
    await manager.query(
      `UPDATE job_steps SET position = ordered.position - 1
       FROM unnest($1::uuid[]) WITH ORDINALITY AS ordered(id, position) WHERE job_steps.id = ordered.id`,
      [orderedIds],
    );
  }
}
