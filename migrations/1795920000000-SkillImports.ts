import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 名簿の取り込み: a CSV register uploaded by a coordinator, checked row by row (preview), then
 * registered by the worker in one transaction. The valid rows wait here between the two steps and
 * are cleared once the import has finished either way.
 */
export class SkillImports1795920000000 implements MigrationInterface {
  name = 'SkillImports1795920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "skill_import_status" AS ENUM ('previewed', 'running', 'done', 'failed')`);
    await queryRunner.query(`
      CREATE TABLE "skill_import" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "center_id" uuid NOT NULL REFERENCES "volunteer_center" ("id") ON DELETE RESTRICT,
        "created_by_account_id" uuid REFERENCES "account" ("id") ON DELETE SET NULL,
        -- Who started the import: the people are registered by proxy in their name.
        "committed_by_account_id" uuid REFERENCES "account" ("id") ON DELETE SET NULL,
        "file_name" varchar NOT NULL,
        "encoding" varchar NOT NULL,
        "status" "skill_import_status" NOT NULL DEFAULT 'previewed',
        "total_rows" integer NOT NULL,
        "valid_rows" integer NOT NULL,
        "processed_rows" integer NOT NULL DEFAULT 0,
        "imported_rows" integer NOT NULL DEFAULT 0,
        "errors" jsonb NOT NULL DEFAULT '[]',
        "rows" jsonb NOT NULL DEFAULT '[]',
        "failure" jsonb,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "started_at" timestamptz,
        "finished_at" timestamptz,
        CONSTRAINT "skill_import_counts" CHECK (
          "valid_rows" BETWEEN 0 AND "total_rows" AND "processed_rows" BETWEEN 0 AND "valid_rows" AND "imported_rows" BETWEEN 0 AND "valid_rows"
        ),
        CONSTRAINT "skill_import_finished_when_over" CHECK (("status" IN ('done', 'failed')) = ("finished_at" IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "skill_import_center_created" ON "skill_import" ("center_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "skill_import"`);
    await queryRunner.query(`DROP TYPE "skill_import_status"`);
  }
}
