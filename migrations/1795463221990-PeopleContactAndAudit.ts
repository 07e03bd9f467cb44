import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What proxy registration records about a person, and the audit log of staff access. */
export class PeopleContactAndAudit1795463221990 implements MigrationInterface {
  name = 'PeopleContactAndAudit1795463221990';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "contact_method" AS ENUM ('email', 'phone', 'post')`);
    await queryRunner.query(`
      ALTER TABLE "person"
        ADD COLUMN "birth_date" date,
        ADD COLUMN "phone" varchar,
        ADD COLUMN "email" varchar,
        ADD COLUMN "postal_address" varchar,
        ADD COLUMN "contact_method" "contact_method" NOT NULL DEFAULT 'email',
        ADD COLUMN "registered_by_account_id" uuid REFERENCES "account" ("id") ON DELETE SET NULL,
        ADD COLUMN "anonymised_at" timestamptz`);
    await queryRunner.query(`CREATE INDEX "person_birth_date" ON "person" ("birth_date")`);
    await queryRunner.query(`CREATE INDEX "person_phone" ON "person" ("phone")`);
    await queryRunner.query(`CREATE TYPE "audit_action" AS ENUM ('list', 'read', 'export', 'create', 'delete')`);
    await queryRunner.query(`
      CREATE TABLE "audit_log" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "at" timestamptz NOT NULL DEFAULT now(),
        "actor_account_id" uuid NOT NULL,
        "subject_person_id" uuid REFERENCES "person" ("id") ON DELETE SET NULL,
        "action" "audit_action" NOT NULL,
        "reason" varchar,
        "detail" varchar
      )`);
    await queryRunner.query(`CREATE INDEX "audit_log_at" ON "audit_log" ("at" DESC)`);
    await queryRunner.query(`CREATE INDEX "audit_log_actor" ON "audit_log" ("actor_account_id", "at" DESC)`);
    await queryRunner.query(`CREATE INDEX "audit_log_subject" ON "audit_log" ("subject_person_id", "at" DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP TYPE "audit_action"`);
    await queryRunner.query(`
      ALTER TABLE "person"
        DROP COLUMN "birth_date", DROP COLUMN "phone", DROP COLUMN "email", DROP COLUMN "postal_address",
        DROP COLUMN "contact_method", DROP COLUMN "registered_by_account_id", DROP COLUMN "anonymised_at"`);
    await queryRunner.query(`DROP TYPE "contact_method"`);
  }
}
