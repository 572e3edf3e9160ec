import type { JobStep, Persona, Project } from '@outcome-atlas/contracts';
import { iso } from '../../common/iso.js';
import type { JobStepEntity } from './job-step.entity.js';
import type { PersonaEntity } from './persona.entity.js';

export type ProjectRow = {
  id: string;
  workspace_id: string;
  name: string;
  description: string;
  job_statement: string;
  interview_count: number;
  extraction_model: string | null;
  redact_pii: boolean;
  created_at: Date;
  updated_at: Date;
  cursor_at: string;
};

/** Selects a project row with its interview count (uses interviews_project_created_idx). */
export const PROJECT_SELECT = `SELECT p.id, p.workspace_id, p.name, p.description, p.job_statement, p.extraction_model, p.redact_pii, p.created_at, p.updated_at, p.created_at::text AS cursor_at,
  (SELECT count(*)::int FROM interviews i WHERE i.project_id = p.id) AS interview_count FROM projects p`;

export const toProject = (row: ProjectRow): Project => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  description: row.description,
  jobStatement: row.job_statement,
  interviewCount: row.interview_count,
  extraction: { model: row.extraction_model, redactPii: row.redact_pii },
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

export const toJobStep = (step: JobStepEntity): JobStep => ({
  id: step.id,
  projectId: step.projectId,
  name: step.name,
  description: step.description,
  universalStep: step.universalStep,
  position: step.position,
});

export const toPersona = (persona: PersonaEntity): Persona => ({
  id: persona.id,
  projectId: persona.projectId,
  name: persona.name,
  description: persona.description,
  createdAt: iso(persona.createdAt),
});
