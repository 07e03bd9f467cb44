import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 依頼 (volunteer request), first part: enough for an enquiry from the public skills listing to
 * reach a coordinator as a draft. The requests issue adds schedule, place, headcount rules,
 * history, offers and matches.
 */
export class VolunteerRequestDrafts1795920400001 implements MigrationInterface {
  name = 'VolunteerRequestDrafts1795920400001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TYPE "request_status" AS ENUM ('draft', 'submitted', 'open', 'matching', 'matched', 'done', 'cancelled', 'unfulfilled')`);
    await queryRunner.query(`CREATE TYPE "request_source" AS ENUM ('skills-listing', 'organisation', 'staff-intake')`);
    await queryRunner.query(`
      CREATE TABLE "volunteer_request" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "center_id" uuid NOT NULL REFERENCES "volunteer_center" ("id") ON DELETE RESTRICT,
        "status" "request_status" NOT NULL DEFAULT 'draft',
        "source" "request_source" NOT NULL,
        "title" varchar NOT NULL,
        "description" text NOT NULL,
        "category_codes" text[] NOT NULL DEFAULT '{}',
        "headcount" smallint NOT NULL DEFAULT 1 CHECK ("headcount" >= 1),
        "requester_account_id" uuid REFERENCES "account" ("id") ON DELETE SET NULL,
        "organisation_id" uuid REFERENCES "organisation" ("id") ON DELETE SET NULL,
        "listing_profile_id" uuid REFERENCES "skill_profile" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // The coordinators' lists: their centers' requests by status, newest first.
    await queryRunner.query(`CREATE INDEX "volunteer_request_center_status" ON "volunteer_request" ("center_id", "status", "created_at")`);
    await queryRunner.query(`CREATE INDEX "volunteer_request_requester" ON "volunteer_request" ("requester_account_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "volunteer_request"`);
    await queryRunner.query(`DROP TYPE "request_source"`);
    await queryRunner.query(`DROP TYPE "request_status"`);
  }
}
