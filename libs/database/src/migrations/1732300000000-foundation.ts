import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1732300000000 implements MigrationInterface {
  name = 'Foundation1732300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE installation (
        singleton smallint PRIMARY KEY DEFAULT 1 CHECK (singleton = 1),
        id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE municipality (
        code char(4) PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
        name text NOT NULL,
        county_code char(2) NOT NULL,
        police_region text NOT NULL
          CHECK (police_region IN ('NORD','MITT','STOCKHOLM','OST','VAST','SYD','BERGSLAGEN'))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE municipality');
    await queryRunner.query('DROP TABLE installation');
  }
}
