import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Centers and areas, the volunteer enquiry form, and the transactional outbox. */
export class InitialSchema1795459959007 implements MigrationInterface {
  name = 'InitialSchema1795459959007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "volunteer_center_kind" AS ENUM ('ward', 'district', 'disaster')`);
    await queryRunner.query(`
      CREATE TABLE "volunteer_center" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "code" varchar NOT NULL UNIQUE,
        "kind" "volunteer_center_kind" NOT NULL,
        "name_ja" varchar NOT NULL,
        "name_kana" varchar NOT NULL,
        "name_en" varchar NOT NULL,
        "parent_id" uuid REFERENCES "volunteer_center" ("id") ON DELETE RESTRICT,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "area" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "code" varchar NOT NULL UNIQUE,
        "center_id" uuid NOT NULL REFERENCES "volunteer_center" ("id") ON DELETE RESTRICT,
        "name_ja" varchar NOT NULL,
        "name_kana" varchar NOT NULL,
        "name_en" varchar NOT NULL,
        "sort_order" integer NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(`CREATE INDEX "area_center_id" ON "area" ("center_id")`);
    await queryRunner.query(`
      CREATE TABLE "volunteer_enquiry" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" varchar NOT NULL,
        "name_kana" varchar NOT NULL,
        "email" varchar NOT NULL,
        "interests" text NOT NULL,
        "area_id" uuid REFERENCES "area" ("id") ON DELETE SET NULL,
        "center_id" uuid NOT NULL REFERENCES "volunteer_center" ("id") ON DELETE RESTRICT,
        "locale" varchar(5) NOT NULL,
        "consent_version" varchar NOT NULL,
        "consented_at" timestamptz NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "volunteer_enquiry_center_created" ON "volunteer_enquiry" ("center_id", "created_at")`);
    await queryRunner.query(`
      CREATE TABLE "outbox_message" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "idempotency_key" varchar NOT NULL UNIQUE,
        "job_name" varchar NOT NULL,
        "payload" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "relayed_at" timestamptz,
        "completed_at" timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX "outbox_message_unrelayed" ON "outbox_message" ("created_at") WHERE relayed_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP TABLE "volunteer_enquiry"`);
    await queryRunner.query(`DROP TABLE "area"`);
    await queryRunner.query(`DROP TABLE "volunteer_center"`);
    await queryRunner.query(`DROP TYPE "volunteer_center_kind"`);
  }
}
