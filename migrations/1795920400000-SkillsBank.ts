import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 特技バンク (skills bank): one skill profile per person, their skills, and the periods they were
 * registered (for 登録者数 at each month's end).
 *
 * Built for the coordinator search over ~100,000 active volunteers: every filter is a column of
 * skill_profile with an index that answers it (GIN on the arrays, trigrams on the normalised own
 * words), partial on status = 'active' because only active profiles are ever searched.
 */
export class SkillsBank1795920400000 implements MigrationInterface {
  name = 'SkillsBank1795920400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE TYPE "skill_profile_status" AS ENUM ('draft', 'active', 'withdrawn')`);
    await queryRunner.query(`CREATE TYPE "skill_level" AS ENUM ('beginner', 'experienced', 'professional')`);
    await queryRunner.query(`CREATE TYPE "insurance_plan" AS ENUM ('basic-a', 'basic-b', 'natural-disaster-a', 'natural-disaster-b')`);
    await queryRunner.query(`
      CREATE TABLE "skill_profile" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "person_id" uuid NOT NULL UNIQUE REFERENCES "person" ("id") ON DELETE CASCADE,
        "center_id" uuid NOT NULL REFERENCES "volunteer_center" ("id") ON DELETE RESTRICT,
        "status" "skill_profile_status" NOT NULL DEFAULT 'draft',
        "step" smallint NOT NULL DEFAULT 1 CHECK ("step" BETWEEN 1 AND 5),
        "nickname" varchar,
        "public_listing" boolean NOT NULL DEFAULT false,
        "in_person" boolean NOT NULL DEFAULT false,
        "online" boolean NOT NULL DEFAULT false,
        "languages" text[] NOT NULL DEFAULT '{}',
        "qualifications" text[] NOT NULL DEFAULT '{}',
        "home_area_id" uuid REFERENCES "area" ("id") ON DELETE SET NULL,
        "area_ids" uuid[] NOT NULL DEFAULT '{}',
        -- 7 days (Monday first) × 3 periods (morning, afternoon, evening): bit day * 3 + period.
        "weekly_slots" integer NOT NULL DEFAULT 0 CHECK ("weekly_slots" BETWEEN 0 AND 2097151),
        "dates_off" date[] NOT NULL DEFAULT '{}',
        "transport" text[] NOT NULL DEFAULT '{}',
        "insurance_plan" "insurance_plan",
        "insurance_fiscal_year" smallint,
        "insurance_cover_start" date,
        -- Cover ends on 31 March of the fiscal year (April–March).
        "insurance_cover_end" date GENERATED ALWAYS AS (make_date("insurance_fiscal_year" + 1, 3, 31)) STORED,
        -- Denormalised from skill, for the search: the categories, and the own words as search keys.
        "category_codes" text[] NOT NULL DEFAULT '{}',
        "search_text" text NOT NULL DEFAULT '',
        "registered_at" timestamptz,
        "withdrawn_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "skill_profile_insurance_whole" CHECK (
          ("insurance_plan" IS NULL) = ("insurance_fiscal_year" IS NULL) AND ("insurance_fiscal_year" IS NULL) = ("insurance_cover_start" IS NULL)
        ),
        CONSTRAINT "skill_profile_active_registered" CHECK ("status" <> 'active' OR "registered_at" IS NOT NULL),
        CONSTRAINT "skill_profile_withdrawn_when" CHECK (("status" = 'withdrawn') = ("withdrawn_at" IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "skill_profile_center_status" ON "skill_profile" ("center_id", "status")`);
    // Only active profiles are searched: partial indexes stay small and are used with status = 'active'.
    const active = `WHERE "status" = 'active'`;
    await queryRunner.query(`CREATE INDEX "skill_profile_active_registered_at" ON "skill_profile" ("registered_at" DESC, "id") ${active}`);
    await queryRunner.query(`CREATE INDEX "skill_profile_active_categories" ON "skill_profile" USING gin ("category_codes") ${active}`);
    await queryRunner.query(`CREATE INDEX "skill_profile_active_areas" ON "skill_profile" USING gin ("area_ids") ${active}`);
    await queryRunner.query(`CREATE INDEX "skill_profile_active_home_area" ON "skill_profile" ("home_area_id") ${active}`);
    await queryRunner.query(`CREATE INDEX "skill_profile_active_languages" ON "skill_profile" USING gin ("languages") ${active}`);
    await queryRunner.query(`CREATE INDEX "skill_profile_active_qualifications" ON "skill_profile" USING gin ("qualifications") ${active}`);
    await queryRunner.query(
      `CREATE INDEX "skill_profile_active_search_text" ON "skill_profile" USING gin ("search_text" gin_trgm_ops) ${active}`,
    );
    await queryRunner.query(
      `CREATE INDEX "skill_profile_public_listing" ON "skill_profile" ("registered_at" DESC, "id") WHERE "status" = 'active' AND "public_listing"`,
    );

    await queryRunner.query(`
      CREATE TABLE "skill" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "profile_id" uuid NOT NULL REFERENCES "skill_profile" ("id") ON DELETE CASCADE,
        "category_code" text NOT NULL,
        "own_words" text NOT NULL DEFAULT '',
        "level" "skill_level" NOT NULL,
        "sort_order" smallint NOT NULL,
        CONSTRAINT "skill_profile_order" UNIQUE ("profile_id", "sort_order")
      )`);

    // 登録者数 counts who was registered at each month's end, so each registration is kept as a period.
    await queryRunner.query(`
      CREATE TABLE "skill_registration_period" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "profile_id" uuid NOT NULL REFERENCES "skill_profile" ("id") ON DELETE CASCADE,
        "started_at" timestamptz NOT NULL,
        "ended_at" timestamptz,
        CONSTRAINT "skill_registration_period_order" CHECK ("ended_at" IS NULL OR "ended_at" >= "started_at")
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "skill_registration_period_one_open" ON "skill_registration_period" ("profile_id") WHERE "ended_at" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "skill_registration_period_profile" ON "skill_registration_period" ("profile_id", "started_at")`);

    // Staff filling in a skill profile by proxy is a change to the person's record.
    await queryRunner.query(`ALTER TYPE "audit_action" ADD VALUE IF NOT EXISTS 'update'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "skill_registration_period"`);
    await queryRunner.query(`DROP TABLE "skill"`);
    await queryRunner.query(`DROP TABLE "skill_profile"`);
    await queryRunner.query(`DROP TYPE "insurance_plan"`);
    await queryRunner.query(`DROP TYPE "skill_level"`);
    await queryRunner.query(`DROP TYPE "skill_profile_status"`);
    // PostgreSQL cannot drop one value of an enum; 'update' stays in audit_action.
  }
}
