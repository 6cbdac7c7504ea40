import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRowMacNote, dropRowMacNote } from '../row-macs/row-mac-note.js';

/**
 * Row MACs on case teams and break-glass grants (migration 1732300014000 explains the scheme): whether an
 * officer reads a case's details rests on a current membership or an unexpired grant, so a database writer
 * who cleared a removal, added a member or pushed an expiry would open a case. Both tables are new in this
 * release and empty when this runs: nothing to stamp.
 */
export class TeamRowMacs1732300017100 implements MigrationInterface {
  name = 'TeamRowMacs1732300017100';

  async up(q: QueryRunner): Promise<void> {
    await addRowMacNote(q, 'case_team_member');
    await addRowMacNote(q, 'break_glass');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropRowMacNote(q, 'break_glass');
    await dropRowMacNote(q, 'case_team_member');
  }
}
