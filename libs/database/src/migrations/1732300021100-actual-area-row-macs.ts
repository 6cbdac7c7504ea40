import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRowMacNote, dropRowMacNote } from '../row-macs/row-mac-note.js';

/**
 * Row MACs on actual areas (migration 1732300014000 explains the scheme): the checker reads an area's
 * person, confidence and validity in plaintext, so a database writer who moved an area to another person,
 * raised it to CONFIRMED or ended it early would change what blocks. New in this release and empty when
 * this runs: nothing to stamp.
 */
export class ActualAreaRowMacs1732300021100 implements MigrationInterface {
  name = 'ActualAreaRowMacs1732300021100';

  async up(q: QueryRunner): Promise<void> {
    await addRowMacNote(q, 'actual_area');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropRowMacNote(q, 'actual_area');
  }
}
