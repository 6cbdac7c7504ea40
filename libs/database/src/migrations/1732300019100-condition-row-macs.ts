import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRowMacNote, dropRowMacNote } from '../row-macs/row-mac-note.js';

/**
 * Row MACs on conditions, compliance records and breach reviews (migration 1732300014000 explains the
 * scheme): a database writer who ended a condition, turned BREACHED into MET or closed a review would hide a
 * breach from the case's team. The tables are new in this release and empty when this runs: nothing to stamp.
 */
export class ConditionRowMacs1732300019100 implements MigrationInterface {
  name = 'ConditionRowMacs1732300019100';

  async up(q: QueryRunner): Promise<void> {
    await addRowMacNote(q, 'case_condition');
    await addRowMacNote(q, 'condition_compliance');
    await addRowMacNote(q, 'condition_review');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropRowMacNote(q, 'condition_review');
    await dropRowMacNote(q, 'condition_compliance');
    await dropRowMacNote(q, 'case_condition');
  }
}
