import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRowMacNote, dropRowMacNote } from '../row-macs/row-mac-note.js';

/**
 * Row MACs on a case's history, assessment steps and follow-ups (migration 1732300014000 explains the
 * scheme): the stage and its guards are read from these plain columns, so a database writer who rewrote a
 * history row, completed an assessment step or marked a follow-up as done would move a case or hide an
 * overdue follow-up. The tables are new in this release and empty when this runs: nothing to stamp.
 */
export class CaseLifecycleRowMacs1732300018100 implements MigrationInterface {
  name = 'CaseLifecycleRowMacs1732300018100';

  async up(q: QueryRunner): Promise<void> {
    await addRowMacNote(q, 'case_transition');
    await addRowMacNote(q, 'case_assessment_step');
    await addRowMacNote(q, 'case_follow_up');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropRowMacNote(q, 'case_follow_up');
    await dropRowMacNote(q, 'case_assessment_step');
    await dropRowMacNote(q, 'case_transition');
  }
}
