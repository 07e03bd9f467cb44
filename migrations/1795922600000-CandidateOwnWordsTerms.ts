import { ownWordsTerms } from '@tsunagu/matching';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const BATCH = 2000;

/**
 * The candidates' pre-filter finds "in this area, with this category OR these words in their own
 * words" in one GIN index lookup. The own words were matched with LIKE through the trigram index,
 * which cannot look up words under three characters (掃除, 送迎): then PostgreSQL read every
 * volunteer of the area (measured on 100,000 volunteers: 35 ms → 9 ms; on 1,000,000: 446 → 110 ms).
 * So each profile keeps the taxonomy words found in its own words (`ownWordsTerms`, written with
 * the skills from now on), and its area keys (area:category and area:word) cover both.
 *
 * When the taxonomy's words change, a new migration like this one re-derives the column.
 */
export class CandidateOwnWordsTerms1795922600000 implements MigrationInterface {
  name = 'CandidateOwnWordsTerms1795922600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "skill_profile" ADD "own_words_terms" text[] NOT NULL DEFAULT '{}'`);
    // search_text holds each skill's own words as a search key, one line per skill.
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string; search_text: string }[] = await queryRunner.query(
        `SELECT "id", "search_text" FROM "skill_profile" WHERE "id" > $1 AND "search_text" <> '' ORDER BY "id" LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      const terms = rows.map((row) => ({ id: row.id, terms: ownWordsTerms(row.search_text.split('\n')) }));
      await queryRunner.query(
        `UPDATE "skill_profile" p SET "own_words_terms" = ARRAY(SELECT jsonb_array_elements_text(t."terms"))
           FROM jsonb_to_recordset($1::jsonb) AS t("id" uuid, "terms" jsonb) WHERE p."id" = t."id"`,
        [JSON.stringify(terms)],
      );
    }

    // The keys are a stored column, not only an expression index: evaluating the function costs
    // ~18 µs a row, and whenever PostgreSQL checks it on rows from another index (a required
    // qualification's, say) that was most of the query. Stored, the check is a plain array overlap.
    await queryRunner.query(`DROP INDEX "skill_profile_active_area_categories"`);
    await queryRunner.query(`ALTER FUNCTION "skill_profile_area_categories"(uuid, uuid[], text[]) RENAME TO "skill_profile_area_keys"`);
    await queryRunner.query(`
      ALTER TABLE "skill_profile" ADD "area_keys" text[] NOT NULL
        GENERATED ALWAYS AS ("skill_profile_area_keys"("home_area_id", "area_ids", "category_codes" || "own_words_terms")) STORED`);
    await queryRunner.query(
      `CREATE INDEX "skill_profile_active_area_keys" ON "skill_profile" USING gin ("area_keys") WHERE "status" = 'active'`,
    );
    // Online requests have no area: categories (skill_profile_active_categories) OR words, by index.
    await queryRunner.query(
      `CREATE INDEX "skill_profile_active_own_words_terms" ON "skill_profile" USING gin ("own_words_terms") WHERE "status" = 'active'`,
    );
    // skill_profile is read by index lookups of a few thousand rows at most (candidates, search). On
    // the two-core machines a center runs, PostgreSQL chose parallel workers for them, and starting
    // the workers cost more than the scan: Gather 42 ms around a 10 ms bitmap heap scan (bench/matching).
    await queryRunner.query(`ALTER TABLE "skill_profile" SET (parallel_workers = 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "skill_profile" RESET (parallel_workers)`);
    await queryRunner.query(`DROP INDEX "skill_profile_active_own_words_terms"`);
    await queryRunner.query(`ALTER TABLE "skill_profile" DROP COLUMN "area_keys"`);
    await queryRunner.query(`ALTER FUNCTION "skill_profile_area_keys"(uuid, uuid[], text[]) RENAME TO "skill_profile_area_categories"`);
    await queryRunner.query(`
      CREATE INDEX "skill_profile_active_area_categories" ON "skill_profile"
        USING gin ("skill_profile_area_categories"("home_area_id", "area_ids", "category_codes")) WHERE "status" = 'active'`);
    await queryRunner.query(`ALTER TABLE "skill_profile" DROP COLUMN "own_words_terms"`);
  }
}
