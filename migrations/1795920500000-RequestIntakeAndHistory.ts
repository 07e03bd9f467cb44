import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 依頼 (volunteer request), second part: what, when, where and for whom, the sensitive notes with
 * the consent they were given under, and the history of every status change with its reason.
 *
 * The schedule is kept whole as jsonb (what people typed) and, for the matching SQL, as columns
 * derived from it on every save: its kind, its first and last date and the weekly slots it asks for
 * (the same 21-bit mask as skill_profile.weekly_slots). Areas get a centroid, so the matching engine
 * can score the distance between a volunteer's home area and the request's area.
 */
export class RequestIntakeAndHistory1795920500000 implements MigrationInterface {
  name = 'RequestIntakeAndHistory1795920500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "area"
        ADD COLUMN "lat" double precision CHECK ("lat" BETWEEN -90 AND 90),
        ADD COLUMN "lng" double precision CHECK ("lng" BETWEEN -180 AND 180),
        ADD CONSTRAINT "area_centroid_whole" CHECK (("lat" IS NULL) = ("lng" IS NULL))`);

    await queryRunner.query(`CREATE TYPE "request_schedule_kind" AS ENUM ('once', 'weekly', 'flexible')`);
    await queryRunner.query(`
      ALTER TABLE "volunteer_request"
        ADD COLUMN "schedule" jsonb,
        ADD COLUMN "schedule_kind" "request_schedule_kind",
        ADD COLUMN "first_date" date,
        ADD COLUMN "last_date" date,
        ADD COLUMN "weekly_slots_mask" integer NOT NULL DEFAULT 0 CHECK ("weekly_slots_mask" BETWEEN 0 AND 2097151),
        ADD COLUMN "area_id" uuid REFERENCES "area" ("id") ON DELETE RESTRICT,
        ADD COLUMN "address" varchar,
        ADD COLUMN "required_qualifications" text[] NOT NULL DEFAULT '{}',
        ADD COLUMN "required_languages" text[] NOT NULL DEFAULT '{}',
        ADD COLUMN "accessibility_notes" text,
        ADD COLUMN "what_to_bring" text,
        ADD COLUMN "costs_note" text,
        ADD COLUMN "sensitive_notes" text,
        ADD COLUMN "sensitive_consent_version" varchar,
        ADD COLUMN "sensitive_consent_at" timestamptz,
        ADD COLUMN "online" boolean NOT NULL DEFAULT false,
        ADD COLUMN "requester_person_id" uuid REFERENCES "person" ("id") ON DELETE SET NULL,
        ADD COLUMN "created_by_account_id" uuid REFERENCES "account" ("id") ON DELETE SET NULL,
        ADD CONSTRAINT "volunteer_request_headcount_max" CHECK ("headcount" <= 50),
        ADD CONSTRAINT "volunteer_request_schedule_whole" CHECK (
          ("schedule" IS NULL) = ("schedule_kind" IS NULL) AND ("schedule" IS NULL) = ("first_date" IS NULL)
        ),
        ADD CONSTRAINT "volunteer_request_sensitive_consent" CHECK (
          "sensitive_notes" IS NULL OR ("sensitive_consent_version" IS NOT NULL AND "sensitive_consent_at" IS NOT NULL)
        ),
        -- Past draft, a request says when and where: the coordinator cannot open it otherwise.
        ADD CONSTRAINT "volunteer_request_complete" CHECK (
          "status" IN ('draft', 'cancelled') OR ("schedule" IS NOT NULL AND "area_id" IS NOT NULL)
        )`);

    // The drafts from the skills listing named the asker's account: now their person, and who typed it in.
    await queryRunner.query(`
      UPDATE "volunteer_request" AS request
         SET "requester_person_id" = person."id", "created_by_account_id" = request."requester_account_id"
        FROM "person" AS person
       WHERE person."account_id" = request."requester_account_id"`);
    await queryRunner.query(`DROP INDEX "volunteer_request_requester"`);
    await queryRunner.query(`ALTER TABLE "volunteer_request" DROP COLUMN "requester_account_id"`);

    await queryRunner.query(`CREATE INDEX "volunteer_request_requester_person" ON "volunteer_request" ("requester_person_id")`);
    await queryRunner.query(`CREATE INDEX "volunteer_request_created_by" ON "volunteer_request" ("created_by_account_id")`);
    await queryRunner.query(`CREATE INDEX "volunteer_request_organisation" ON "volunteer_request" ("organisation_id", "created_at")`);
    // 「あなたへのおすすめの依頼」: the open requests, by date, area and category.
    const live = `WHERE "status" IN ('open', 'matching')`;
    await queryRunner.query(`CREATE INDEX "volunteer_request_live_first_date" ON "volunteer_request" ("first_date", "id") ${live}`);
    await queryRunner.query(`CREATE INDEX "volunteer_request_live_area" ON "volunteer_request" ("area_id") ${live}`);
    await queryRunner.query(`CREATE INDEX "volunteer_request_live_categories" ON "volunteer_request" USING gin ("category_codes") ${live}`);

    await queryRunner.query(`
      CREATE TABLE "request_status_change" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "request_id" uuid NOT NULL REFERENCES "volunteer_request" ("id") ON DELETE CASCADE,
        "from_status" "request_status",
        "to_status" "request_status" NOT NULL,
        "by_account_id" uuid REFERENCES "account" ("id") ON DELETE SET NULL,
        "reason" text,
        "at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "request_status_change_request" ON "request_status_change" ("request_id", "at")`);
    // Figures (requests received, days to the first match) read when requests moved.
    await queryRunner.query(`CREATE INDEX "request_status_change_to_at" ON "request_status_change" ("to_status", "at")`);
    // The requests there already began as they are.
    await queryRunner.query(`
      INSERT INTO "request_status_change" ("request_id", "from_status", "to_status", "by_account_id", "at")
      SELECT "id", NULL, "status", "created_by_account_id", "created_at" FROM "volunteer_request"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "request_status_change"`);
    await queryRunner.query(
      `ALTER TABLE "volunteer_request" ADD COLUMN "requester_account_id" uuid REFERENCES "account" ("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(`
      UPDATE "volunteer_request" AS request SET "requester_account_id" = person."account_id"
        FROM "person" AS person WHERE person."id" = request."requester_person_id"`);
    await queryRunner.query(`CREATE INDEX "volunteer_request_requester" ON "volunteer_request" ("requester_account_id")`);
    await queryRunner.query(`DROP INDEX "volunteer_request_live_categories"`);
    await queryRunner.query(`DROP INDEX "volunteer_request_live_area"`);
    await queryRunner.query(`DROP INDEX "volunteer_request_live_first_date"`);
    await queryRunner.query(`DROP INDEX "volunteer_request_organisation"`);
    await queryRunner.query(`DROP INDEX "volunteer_request_created_by"`);
    await queryRunner.query(`DROP INDEX "volunteer_request_requester_person"`);
    await queryRunner.query(`
      ALTER TABLE "volunteer_request"
        DROP CONSTRAINT "volunteer_request_complete",
        DROP CONSTRAINT "volunteer_request_sensitive_consent",
        DROP CONSTRAINT "volunteer_request_schedule_whole",
        DROP CONSTRAINT "volunteer_request_headcount_max",
        DROP COLUMN "created_by_account_id",
        DROP COLUMN "requester_person_id",
        DROP COLUMN "online",
        DROP COLUMN "sensitive_consent_at",
        DROP COLUMN "sensitive_consent_version",
        DROP COLUMN "sensitive_notes",
        DROP COLUMN "costs_note",
        DROP COLUMN "what_to_bring",
        DROP COLUMN "accessibility_notes",
        DROP COLUMN "required_languages",
        DROP COLUMN "required_qualifications",
        DROP COLUMN "address",
        DROP COLUMN "area_id",
        DROP COLUMN "weekly_slots_mask",
        DROP COLUMN "last_date",
        DROP COLUMN "first_date",
        DROP COLUMN "schedule_kind",
        DROP COLUMN "schedule"`);
    await queryRunner.query(`DROP TYPE "request_schedule_kind"`);
    await queryRunner.query(`ALTER TABLE "area" DROP CONSTRAINT "area_centroid_whole", DROP COLUMN "lng", DROP COLUMN "lat"`);
  }
}
