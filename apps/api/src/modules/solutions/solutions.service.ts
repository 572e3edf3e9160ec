import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { createSolutionRequestSchema, ListSolutionsQuery, Page, Solution, UpdateSolutionRequest } from '@outcome-atlas/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { notFound } from '../../common/app-error.js';
import { decodeCursor, isTimeIdCursor, toPage } from '../../common/cursor.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { assertExpectableKpi, assertTargetableOutcomes, type SolutionScope } from './solution-references.js';
import { assertSolutionState, type SolutionState } from './solution-state.js';
import { SOLUTION_SELECT, toSolutions, type SolutionRow } from './solution.mapper.js';
import { shipDateRequired } from './solutions.errors.js';

type NewSolution = z.output<typeof createSolutionRequestSchema>;

const isShipDateViolation = (error: unknown) =>
  (error as { driverError?: { constraint?: string } })?.driverError?.constraint === 'solutions_shipped_check';

@Injectable()
export class SolutionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Newest first, keyset-paged on solutions_project_created_idx (project_id, created_at DESC, id DESC). */
  async list(caller: Caller, projectId: string, query: ListSolutionsQuery): Promise<Page<Solution>> {
    await this.access.resource(caller, 'project', projectId, 'read');
    const after = decodeCursor(query.cursor, isTimeIdCursor);
    const params: unknown[] = [projectId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['s.project_id = $1'];
    if (query.status) where.push(`s.status = ${param(query.status)}`);
    // solution_outcomes_outcome_idx finds the solutions that target the outcome.
    if (query.outcomeId) where.push(`s.id IN (SELECT so.solution_id FROM solution_outcomes so WHERE so.outcome_id = ${param(query.outcomeId)}::uuid)`);
    if (query.kpiId) where.push(`s.expected_kpi_id = ${param(query.kpiId)}::uuid`);
    if (after) where.push(`(s.created_at, s.id) < (${param(after.t)}::timestamptz, ${param(after.id)}::uuid)`);
    const rows: SolutionRow[] = await this.db.query(
      `${SOLUTION_SELECT} WHERE ${where.join(' AND ')} ORDER BY s.created_at DESC, s.id DESC LIMIT ${param(query.limit + 1)}`,
      params,
    );
    const page = toPage(rows, query.limit, (row) => row, (row) => ({ t: row.cursor_at, id: row.id }));
    return { items: await toSolutions(this.db.manager, projectId, page.items), nextCursor: page.nextCursor };
  }

  async create(caller: Caller, projectId: string, request: NewSolution): Promise<Solution> {
    const access = await this.access.resource(caller, 'project', projectId, 'write');
    assertSolutionState(request, true);
    const id = await this.write(async (manager) => {
      await this.assertReferences(manager, { caller, access }, request.expectedKpiId, request.outcomeIds);
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO solutions (project_id, title, description, hypothesis, status, ship_date, expected_kpi_id, expected_direction, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [projectId, request.title, request.description, request.hypothesis, request.status, request.shipDate, request.expectedKpiId, request.expectedDirection, caller.userId],
      );
      await this.setOutcomes(manager, row!.id, request.outcomeIds);
      return row!.id;
    });
    return this.load(id);
  }

  async get(caller: Caller, solutionId: string): Promise<Solution> {
    await this.access.resource(caller, 'solution', solutionId, 'read');
    return this.load(solutionId);
  }

  /** Fields left out keep their value; `outcomeIds` replaces the whole set. The row is locked while the request is merged into it. */
  async update(caller: Caller, solutionId: string, request: UpdateSolutionRequest): Promise<Solution> {
    const access = await this.access.resource(caller, 'solution', solutionId, 'write');
    await this.write(async (manager) => {
      const [current]: SolutionRow[] = await manager.query(
        'SELECT status, ship_date::text AS ship_date, expected_kpi_id, expected_direction FROM solutions WHERE id = $1 FOR UPDATE',
        [solutionId],
      );
      if (!current) throw notFound('solution');
      const state: SolutionState = {
        status: request.status ?? current.status,
        shipDate: request.shipDate !== undefined ? request.shipDate : current.ship_date,
        expectedKpiId: request.expectedKpiId !== undefined ? request.expectedKpiId : current.expected_kpi_id,
        expectedDirection: request.expectedDirection !== undefined ? request.expectedDirection : current.expected_direction,
      };
      assertSolutionState(state, request.expectedKpiId !== undefined || request.expectedDirection !== undefined);
      const newKpi = request.expectedKpiId && request.expectedKpiId !== current.expected_kpi_id ? request.expectedKpiId : null;
      await this.assertReferences(manager, { caller, access }, newKpi, request.outcomeIds ?? []);
      await manager.query(
        `UPDATE solutions SET title = coalesce($2, title), description = coalesce($3, description), hypothesis = coalesce($4, hypothesis),
           status = $5, ship_date = $6, expected_kpi_id = $7, expected_direction = $8, updated_at = now()
         WHERE id = $1`,
        [solutionId, request.title ?? null, request.description ?? null, request.hypothesis ?? null, state.status, state.shipDate, state.expectedKpiId, state.expectedDirection],
      );
      if (request.outcomeIds !== undefined) {
        await manager.query('DELETE FROM solution_outcomes WHERE solution_id = $1', [solutionId]);
        await this.setOutcomes(manager, solutionId, request.outcomeIds);
      }
    });
    return this.load(solutionId);
  }

  async remove(caller: Caller, solutionId: string): Promise<void> {
    await this.access.resource(caller, 'solution', solutionId, 'write');
    await this.db.query('DELETE FROM solutions WHERE id = $1', [solutionId]);
  }

  /** One transaction; the ship-date CHECK can only trip on a race the row lock prevents, but it answers 422 all the same. */
  private async write<T>(run: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(run);
    } catch (error) {
      if (isShipDateViolation(error)) throw shipDateRequired('shipped or evaluated');
      throw error;
    }
  }

  private async assertReferences(manager: EntityManager, scope: SolutionScope, kpiId: string | null, outcomeIds: readonly string[]): Promise<void> {
    await assertTargetableOutcomes(manager, scope, outcomeIds);
    if (kpiId) await assertExpectableKpi(manager, scope, kpiId);
  }

  private async setOutcomes(manager: EntityManager, solutionId: string, outcomeIds: readonly string[]): Promise<void> {
    if (outcomeIds.length === 0) return;
    await manager.query('INSERT INTO solution_outcomes (solution_id, outcome_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING', [solutionId, [...new Set(outcomeIds)]]);
  }

  private async load(solutionId: string): Promise<Solution> {
    const [row]: SolutionRow[] = await this.db.query(`${SOLUTION_SELECT} WHERE s.id = $1`, [solutionId]);
    if (!row) throw notFound('solution');
    const [solution] = await toSolutions(this.db.manager, row.project_id, [row]);
    return solution!;
  }
}
