import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRowMacNote, dropRowMacNote } from '../row-macs/row-mac-note.js';

/**
 * Row MACs on conflict terms and closures (migration 1732300014000 explains the scheme): a database writer
 * who narrowed a conflict's scope, or closed a conflict or location behind the register's back, would
 * change what the checker blocks. Both tables are new and empty when this runs: nothing to stamp.
 */
export class ConflictTermsRowMacs1732300022100 implements MigrationInterface {
  name = 'ConflictTermsRowMacs1732300022100';

  async up(q: QueryRunner): Promise<void> {
    await addRowMacNote(q, 'personal_conflict_terms');
    await addRowMacNote(q, 'record_closure');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropRowMacNote(q, 'record_closure');
    await dropRowMacNote(q, 'personal_conflict_terms');
  }
}
