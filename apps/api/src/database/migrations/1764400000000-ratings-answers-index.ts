import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A covering index for the opportunity aggregates: one ordered index-only scan over the ratings of the
 * backlog's outcomes, with the respondent for segment filters, instead of a million heap fetches.
 */
export class RatingsAnswersIndex1764400000000 implements MigrationInterface {
  name = 'RatingsAnswersIndex1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ratings_outcome_answers_idx ON ratings (outcome_id) INCLUDE (importance, satisfaction, respondent_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS ratings_outcome_answers_idx`);
  }
}
