import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 団体・企業の登録申請: groups and businesses, their members, and the coordinator's decision. */
export class OrganisationApplications1795463600428 implements MigrationInterface {
  name = 'OrganisationApplications1795463600428';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TYPE "organisation_kind" AS ENUM (
        'neighbourhood-association', 'npo', 'social-welfare-corporation', 'facility', 'school',
        'volunteer-group', 'company', 'shop'
      )`);
    await queryRunner.query(`CREATE TYPE "organisation_status" AS ENUM ('pending', 'approved', 'rejected')`);
    await queryRunner.query(`
      CREATE TABLE "organisation" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "kind" "organisation_kind" NOT NULL,
        "name" varchar NOT NULL,
        "name_kana" varchar,
        "center_id" uuid NOT NULL REFERENCES "volunteer_center" ("id") ON DELETE RESTRICT,
        "representative_name" varchar NOT NULL,
        "phone" varchar NOT NULL,
        "email" varchar NOT NULL,
        "address" varchar,
        "description" text NOT NULL,
        "status" "organisation_status" NOT NULL DEFAULT 'pending',
        "decision_reason" text,
        "applicant_account_id" uuid REFERENCES "account" ("id") ON DELETE SET NULL,
        "decided_by_account_id" uuid REFERENCES "account" ("id") ON DELETE SET NULL,
        "decided_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "organisation_decided_when_not_pending" CHECK (("status" = 'pending') = ("decided_at" IS NULL)),
        CONSTRAINT "organisation_rejection_has_reason" CHECK ("status" <> 'rejected' OR "decision_reason" IS NOT NULL)
      )`);
    // The coordinators' queue: applications of their centers by status, oldest first.
    await queryRunner.query(`CREATE INDEX "organisation_center_status" ON "organisation" ("center_id", "status", "created_at")`);
    await queryRunner.query(`
      CREATE TABLE "organisation_member" (
        "organisation_id" uuid NOT NULL REFERENCES "organisation" ("id") ON DELETE CASCADE,
        "account_id" uuid NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("organisation_id", "account_id")
      )`);
    await queryRunner.query(`CREATE INDEX "organisation_member_account_id" ON "organisation_member" ("account_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "organisation_member"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TYPE "organisation_status"`);
    await queryRunner.query(`DROP TYPE "organisation_kind"`);
  }
}
