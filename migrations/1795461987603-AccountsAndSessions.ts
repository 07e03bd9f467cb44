import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, the people behind them, roles, sessions, one-time mail tokens and consents. */
export class AccountsAndSessions1795461987603 implements MigrationInterface {
  name = 'AccountsAndSessions1795461987603';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await queryRunner.query(`
      CREATE TABLE "account" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "email" citext NOT NULL UNIQUE,
        "password_hash" varchar NOT NULL,
        "email_verified_at" timestamptz,
        "locale" varchar(5) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "person" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "account_id" uuid UNIQUE REFERENCES "account" ("id") ON DELETE SET NULL,
        "center_id" uuid NOT NULL REFERENCES "volunteer_center" ("id") ON DELETE RESTRICT,
        "name" varchar NOT NULL,
        "name_kana" varchar,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "person_center_id" ON "person" ("center_id")`);
    await queryRunner.query(`CREATE TYPE "role" AS ENUM ('resident', 'organisation-member', 'company-member', 'coordinator', 'admin')`);
    await queryRunner.query(`
      CREATE TABLE "role_grant" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "account_id" uuid NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
        "role" "role" NOT NULL,
        "center_id" uuid REFERENCES "volunteer_center" ("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "role_grant_unique" ON "role_grant" ("account_id", "role", COALESCE("center_id", '00000000-0000-0000-0000-000000000000'))`,
    );
    await queryRunner.query(`
      CREATE TABLE "session" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "token_hash" varchar NOT NULL UNIQUE,
        "account_id" uuid NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "revoked_at" timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX "session_account_id" ON "session" ("account_id")`);
    await queryRunner.query(`CREATE TYPE "account_token_purpose" AS ENUM ('verify-email', 'reset-password')`);
    await queryRunner.query(`
      CREATE TABLE "account_token" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "account_id" uuid NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
        "purpose" "account_token_purpose" NOT NULL,
        "token_hash" varchar NOT NULL UNIQUE,
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "consent" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "person_id" uuid NOT NULL REFERENCES "person" ("id") ON DELETE CASCADE,
        "purpose" varchar NOT NULL,
        "version" varchar NOT NULL,
        "given_at" timestamptz NOT NULL DEFAULT now(),
        "withdrawn_at" timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX "consent_person_id" ON "consent" ("person_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "consent"`);
    await queryRunner.query(`DROP TABLE "account_token"`);
    await queryRunner.query(`DROP TYPE "account_token_purpose"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP TABLE "role_grant"`);
    await queryRunner.query(`DROP TYPE "role"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TABLE "account"`);
  }
}
