import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The respondents list filters by a case-insensitive prefix of the external id (`?q=`). Without an index that
 * filter walked every respondent of the project in external id order; with this one it is a range scan
 * (`lower(external_id) LIKE 'r-1%'`, text_pattern_ops so it works whatever the database's collation).
 */
export class RespondentsPrefixIndex1764900000000 implements MigrationInterface {
  name = 'RespondentsPrefixIndex1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX respondents_external_prefix_idx ON respondents (project_id, lower(external_id) text_pattern_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS respondents_external_prefix_idx`);
  }
}
