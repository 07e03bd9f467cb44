import type { MigrationInterface, QueryRunner } from 'typeorm';

/** ふりがな is needed only for names with kanji, so a name like "Maria Santos" has none. */
export class EnquiryReadingOptional1795461530129 implements MigrationInterface {
  name = 'EnquiryReadingOptional1795461530129';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteer_enquiry" ALTER COLUMN "name_kana" DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "volunteer_enquiry" SET "name_kana" = '' WHERE "name_kana" IS NULL`);
    await queryRunner.query(`ALTER TABLE "volunteer_enquiry" ALTER COLUMN "name_kana" SET NOT NULL`);
  }
}
