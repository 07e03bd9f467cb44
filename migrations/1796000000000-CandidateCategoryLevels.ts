import { strongestLevels } from '@tsunagu/matching';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const BATCH = 2000;

/**
 * Candidates are first ranked on an upper bound of their score, and only those who can still make
 * the top have their skills and activity counts read (rankPool). The bound took every category at
 * the professional level, so for a common category hundreds of volunteers tied at the top bound
 * and 200 had to be read; with the strongest level kept per category (`category_levels`, beside
 * `category_codes` and written with the skills from now on), about 40 are enough.
 */
export class CandidateCategoryLevels1796000000000 implements MigrationInterface {
  name = 'CandidateCategoryLevels1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "skill_profile" ADD "category_levels" text[] NOT NULL DEFAULT '{}'`);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string; category_codes: string[]; skills: { categoryCode: string; level: string }[] }[] = await queryRunner.query(
        `SELECT p."id", p."category_codes",
                (SELECT json_agg(json_build_object('categoryCode', s."category_code", 'level', s."level")) FROM "skill" s WHERE s."profile_id" = p."id") AS "skills"
           FROM "skill_profile" p WHERE p."id" > $1 AND cardinality(p."category_codes") > 0 ORDER BY p."id" LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      const levels = rows.map((row) => ({ id: row.id, levels: strongestLevels(row.skills ?? [], row.category_codes) }));
      await queryRunner.query(
        `UPDATE "skill_profile" p SET "category_levels" = ARRAY(SELECT jsonb_array_elements_text(l."levels"))
           FROM jsonb_to_recordset($1::jsonb) AS l("id" uuid, "levels" jsonb) WHERE p."id" = l."id"`,
        [JSON.stringify(levels)],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "skill_profile" DROP COLUMN "category_levels"`);
  }
}
