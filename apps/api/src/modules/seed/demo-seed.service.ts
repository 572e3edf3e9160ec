import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../database/pg-errors.js';
import { AuthService } from '../auth/auth.service.js';
import { UserEntity } from '../auth/user.entity.js';
import { InterviewsService } from '../interviews/interviews.service.js';
import { ProjectsService } from '../projects/projects.service.js';
import { TagsService } from '../tags/tags.service.js';
import { DEMO_INTERVIEWS } from './demo-interviews.js';
import { seedDemoChain } from './demo-chain-seed.js';
import { seedDemoSurvey } from './demo-survey-seed.js';

export const DEMO_EMAIL = 'demo@outcome-atlas.local';
export const DEMO_PASSWORD = 'outcome-atlas-demo';

/** Seeds the demo workspace once; a database that already has the demo user is left alone. */
@Injectable()
export class DemoSeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly projects: ProjectsService,
    private readonly interviews: InterviewsService,
    private readonly tags: TagsService,
  ) {}

  async seed(): Promise<{ created: boolean; email: string; password: string }> {
    const result = { email: DEMO_EMAIL, password: DEMO_PASSWORD };
    if (await this.db.getRepository(UserEntity).existsBy({ email: DEMO_EMAIL })) return { created: false, ...result };
    const passwordHash = await this.auth.hashPassword(DEMO_PASSWORD);
    try {
      await this.db.transaction((manager) => this.createDemo(manager, passwordHash));
    } catch (error) {
      // Another instance on the same database seeded it first.
      if (isUniqueViolation(error)) return { created: false, ...result };
      throw error;
    }
    return { created: true, ...result };
  }

  private async createDemo(manager: EntityManager, passwordHash: string): Promise<void> {
    const [user] = await manager.query(`INSERT INTO users (email, name, password_hash) VALUES ($1, 'Demo Researcher', $2) RETURNING id`, [DEMO_EMAIL, passwordHash]);
    const [workspace] = await manager.query(`INSERT INTO workspaces (name) VALUES ('Demo workspace') RETURNING id`);
    await manager.query(`INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, 'owner')`, [workspace.id, user.id]);
    const projectId = await this.projects.insertWithJobMap(manager, workspace.id, {
      name: 'Month-end close',
      description: 'How finance teams in mid-sized companies close their books at the end of each month.',
      jobStatement: 'Close the books accurately at the end of each month',
    });
    const personas: { id: string; name: string }[] = await manager.query(
      `INSERT INTO personas (project_id, name, description) VALUES
         ($1, 'Accounts payable clerk', 'Processes supplier invoices and chases approvals.'),
         ($1, 'Finance controller', 'Owns the close calendar, accruals and the audit trail.')
       RETURNING id, name`,
      [projectId],
    );
    for (const demo of DEMO_INTERVIEWS) {
      const interview = await this.interviews.ingest({ userId: user.id }, projectId, {
        content: demo.content,
        format: demo.format,
        metadata: {
          title: demo.title,
          participant: { pseudonym: demo.pseudonym, personaId: personas.find((persona) => persona.name === demo.persona)?.id ?? null, attributes: demo.attributes },
          interviewer: 'Demo Researcher',
          interviewDate: demo.interviewDate,
          language: 'en',
        },
      }, manager);
      const [{ transcript }] = await manager.query('SELECT transcript FROM interviews WHERE id = $1', [interview.id]);
      for (const highlight of demo.highlights) {
        const start = (transcript as string).indexOf(highlight.quote);
        if (start < 0) throw new Error(`Demo quote not found in "${demo.title}": ${highlight.quote}`);
        const tagIds = await this.tags.resolveTagIds(manager, projectId, [], highlight.tags);
        const [row] = await manager.query(
          `INSERT INTO highlights (interview_id, start_offset, end_offset, quote, note, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [interview.id, start, start + highlight.quote.length, highlight.quote, highlight.note, user.id],
        );
        await manager.query('INSERT INTO highlight_tags (highlight_id, tag_id) SELECT $1, unnest($2::uuid[])', [row.id, tagIds]);
      }
    }
    const outcomeIds = await seedDemoSurvey(manager, projectId, user.id);
    await seedDemoChain(manager, projectId, user.id, outcomeIds);
  }
}
