import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A household's conflicts are read from both sides; without this the other side is a full scan per check. */
export class ConflictIndex1732300004000 implements MigrationInterface {
  name = 'ConflictIndex1732300004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX personal_conflict_other ON personal_conflict (other_person_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX personal_conflict_other');
  }
}
