import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention of ended placements (docs/retention.md). A placement of a case that is still open cannot be
 * crypto-shredded on its own: it is sealed under the case's data key, which the rest of the case still
 * needs. Its protected values are erased instead: the sealed destination of the placement and of its
 * proposal, the proposal's sealed check and override justification become NULL, and `erased_at` says
 * when. Dates, housing type and statuses stay, so statistics keep counting the placement. None of these
 * columns is under a row MAC, so the erasure needs no re-stamping.
 */
export class RetentionErasure1732300020000 implements MigrationInterface {
  name = 'RetentionErasure1732300020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE placement ADD COLUMN erased_at timestamptz');
    await q.query('ALTER TABLE placement ALTER COLUMN municipality_sealed DROP NOT NULL');
    // Only an erased placement lacks its destination: a NULL anywhere else is a fault, not an erasure.
    await q.query(
      'ALTER TABLE placement ADD CONSTRAINT placement_erased_destination CHECK ((erased_at IS NULL) = (municipality_sealed IS NOT NULL))',
    );
    await q.query('ALTER TABLE proposal ALTER COLUMN municipality_sealed DROP NOT NULL');
    await q.query('ALTER TABLE proposal ALTER COLUMN check_sealed DROP NOT NULL');
    // A proposal loses its place and check only together, and only once it was placed.
    await q.query(
      `ALTER TABLE proposal ADD CONSTRAINT proposal_erased_together CHECK (
         (municipality_sealed IS NULL) = (check_sealed IS NULL) AND (municipality_sealed IS NOT NULL OR status = 'PLACED'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE proposal DROP CONSTRAINT proposal_erased_together');
    await q.query('ALTER TABLE proposal ALTER COLUMN check_sealed SET NOT NULL');
    await q.query('ALTER TABLE proposal ALTER COLUMN municipality_sealed SET NOT NULL');
    await q.query('ALTER TABLE placement DROP CONSTRAINT placement_erased_destination');
    await q.query('ALTER TABLE placement ALTER COLUMN municipality_sealed SET NOT NULL');
    await q.query('ALTER TABLE placement DROP COLUMN erased_at');
  }
}
