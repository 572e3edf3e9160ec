import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A merge moves the merged outcome's journey links, KPI links and solution links to its target too; the
 * merge record keeps which ones, so undoing it moves back exactly those.
 */
export class MergeChainLinks1764700000000 implements MigrationInterface {
  name = 'MergeChainLinks1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE outcome_merges
        ADD COLUMN moved_journey_link_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN moved_kpi_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN moved_solution_ids uuid[] NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE outcome_merges DROP COLUMN moved_journey_link_ids, DROP COLUMN moved_kpi_ids, DROP COLUMN moved_solution_ids');
  }
}
