import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRowMacNote, dropRowMacNote } from '../row-macs/row-mac-note.js';

/**
 * Row MACs on consents (migration 1732300014000 explains the scheme): the checker's CONSENT_MISSING and the
 * withheld clearances read a consent's withdrawal day and each signing's dates in plaintext, so a database
 * writer who nulled a withdrawal or moved a review date would revive a consent. Both tables are new in
 * this release and empty when this runs: nothing to stamp.
 */
export class ConsentRowMacs1732300016100 implements MigrationInterface {
  name = 'ConsentRowMacs1732300016100';

  async up(q: QueryRunner): Promise<void> {
    await addRowMacNote(q, 'consent');
    await addRowMacNote(q, 'consent_signing');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropRowMacNote(q, 'consent_signing');
    await dropRowMacNote(q, 'consent');
  }
}
