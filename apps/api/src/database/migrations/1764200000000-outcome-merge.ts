import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Merging outcomes: a pointer from the merged outcome to the one it went into, and a record of each merge
 * naming exactly the evidence rows it moved, so that undoing it moves back those rows and no others.
 */
export class OutcomeMerge1764200000000 implements MigrationInterface {
  name = 'OutcomeMerge1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outcomes ADD COLUMN merged_into_id uuid`);
    await queryRunner.query(
      `ALTER TABLE outcomes ADD CONSTRAINT outcomes_merged_into_id_fkey FOREIGN KEY (merged_into_id) REFERENCES outcomes(id) ON DELETE SET NULL`,
    );
    // The pointer may be null on a merged outcome (its target was deleted), but never set on another status.
    await queryRunner.query(
      `ALTER TABLE outcomes ADD CONSTRAINT outcomes_merged_into_check CHECK (merged_into_id IS NULL OR (status = 'merged' AND merged_into_id <> id))`,
    );
    await queryRunner.query(`CREATE INDEX outcomes_merged_into_idx ON outcomes (merged_into_id)`);

    // into_id survives the target's deletion (SET NULL), so the merged outcome can still be restored.
    await queryRunner.query(`
      CREATE TABLE outcome_merges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        outcome_id uuid NOT NULL REFERENCES outcomes(id) ON DELETE CASCADE,
        into_id uuid REFERENCES outcomes(id) ON DELETE SET NULL,
        moved_evidence_ids uuid[] NOT NULL,
        previous_status varchar(16) NOT NULL,
        merged_by uuid REFERENCES users(id) ON DELETE SET NULL,
        merged_at timestamptz NOT NULL DEFAULT now(),
        undone_by uuid REFERENCES users(id) ON DELETE SET NULL,
        undone_at timestamptz,
        CONSTRAINT outcome_merges_previous_status_check CHECK (previous_status IN ('proposed', 'accepted', 'rejected'))
      )`);
    // At most one merge of an outcome is in effect; undone ones stay as the record of what happened.
    await queryRunner.query(`CREATE UNIQUE INDEX outcome_merges_active_key ON outcome_merges (outcome_id) WHERE undone_at IS NULL`);
    await queryRunner.query(`CREATE INDEX outcome_merges_into_idx ON outcome_merges (into_id)`);

    await queryRunner.query(`ALTER TABLE outcome_history DROP CONSTRAINT outcome_history_action_check`);
    await queryRunner.query(
      `ALTER TABLE outcome_history ADD CONSTRAINT outcome_history_action_check
         CHECK (action IN ('created', 'updated', 'status_changed', 'merged_into', 'merged_from', 'unmerged'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM outcome_history WHERE action IN ('merged_into', 'merged_from', 'unmerged')`);
    await queryRunner.query(`ALTER TABLE outcome_history DROP CONSTRAINT outcome_history_action_check`);
    await queryRunner.query(`ALTER TABLE outcome_history ADD CONSTRAINT outcome_history_action_check CHECK (action IN ('created', 'updated', 'status_changed'))`);
    await queryRunner.query(`DROP TABLE IF EXISTS outcome_merges`);
    await queryRunner.query(`DROP INDEX IF EXISTS outcomes_merged_into_idx`);
    await queryRunner.query(`ALTER TABLE outcomes DROP CONSTRAINT IF EXISTS outcomes_merged_into_check`);
    await queryRunner.query(`ALTER TABLE outcomes DROP COLUMN IF EXISTS merged_into_id`);
  }
}
