import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { HousingType, PlacementEndReason, ProposalStatus } from '@registry/checker';
import { RowIntegrity } from '../protection/row-integrity.service.js';
import { PROOF } from '../protection/row-proofs.js';

export interface ProposalRow {
  id: string;
  case_id: string;
  /** null once the retention schedule erased its placement (with check_sealed) */
  municipality_sealed: Buffer | null;
  housing_type: HousingType;
  start_date: string;
  end_date: string;
  status: ProposalStatus;
  check_sealed: Buffer | null;
  checked_at: Date;
  clearance_reference_hash: Buffer | null;
  /** an override was recorded (the status may since have become PLACED) */
  overridden?: boolean;
}

export interface PlacementRow {
  id: string;
  case_id: string;
  proposal_id: string;
  /** null once the retention schedule erased it (erased_at set) */
  municipality_sealed: Buffer | null;
  housing_type: HousingType;
  start_date: string;
  end_date: string;
  ended_on: string | null;
  end_reason: PlacementEndReason | null;
}

export interface AlertRow {
  id: string;
  placement_id: string;
  raised_at: Date;
  flags_sealed: Buffer;
  acknowledged: boolean;
  /** RECHECK: a re-check blocks; FOLLOW_UP_OVERDUE: the follow-up after the placement is past due */
  kind: 'RECHECK' | 'FOLLOW_UP_OVERDUE';
}

const DAY = (c: string) => `to_char(${c}, 'YYYY-MM-DD') AS ${c}`;
const PROPOSAL = `id, case_id, municipality_sealed, housing_type, ${DAY('start_date')}, ${DAY('end_date')}, status, check_sealed, checked_at, clearance_reference_hash, overridden_at IS NOT NULL AS overridden, ${PROOF('proposal')}`;
const PLACEMENT = `id, case_id, proposal_id, municipality_sealed, housing_type, ${DAY('start_date')}, ${DAY('end_date')}, ${DAY('ended_on')}, end_reason, ${PROOF('placement')}`;

/** SQL for proposals, placements and alerts. */
@Injectable()
export class PlacementRepository {
  constructor(private readonly integrity: RowIntegrity) {}

  async insertProposal(m: EntityManager, row: ProposalRow): Promise<void> {
    await m.query(
      `INSERT INTO proposal (id, case_id, municipality_sealed, housing_type, start_date, end_date, status, check_sealed, checked_at, clearance_reference_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        row.id,
        row.case_id,
        row.municipality_sealed,
        row.housing_type,
        row.start_date,
        row.end_date,
        row.status,
        row.check_sealed,
        row.checked_at,
        row.clearance_reference_hash,
      ],
    );
  }

  async proposal(m: EntityManager, id: string, lock = false): Promise<ProposalRow | undefined> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${PROPOSAL} FROM proposal WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])) as ProposalRow[],
    )[0];
  }

  async proposalByReferenceHash(m: EntityManager, hash: Buffer): Promise<ProposalRow | undefined> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${PROPOSAL} FROM proposal WHERE clearance_reference_hash = $1`, [hash])) as ProposalRow[],
    )[0];
  }

  async proposalsOf(m: EntityManager, caseId: string): Promise<ProposalRow[]> {
    return this.integrity.verifyRows(
      // A proposal erased with its ended placement (docs/retention.md) is no longer part of the case's story.
      (await m.query(`SELECT ${PROPOSAL} FROM proposal WHERE case_id = $1 AND municipality_sealed IS NOT NULL ORDER BY created_at, id`, [
        caseId,
      ])) as ProposalRow[],
    );
  }

  async setProposalStatus(m: EntityManager, id: string, status: ProposalStatus): Promise<void> {
    await m.query('UPDATE proposal SET status = $2 WHERE id = $1', [id, status]);
  }

  async override(m: EntityManager, id: string, justification: Buffer, by: string, referenceHash: Buffer): Promise<void> {
    await m.query(
      `UPDATE proposal SET status = 'OVERRIDDEN', override_justification_sealed = $2, overridden_by = $3, overridden_at = now(), clearance_reference_hash = $4 WHERE id = $1`,
      [id, justification, by, referenceHash],
    );
  }

  async insertPlacement(m: EntityManager, row: PlacementRow): Promise<void> {
    await m.query(
      `INSERT INTO placement (id, case_id, proposal_id, municipality_sealed, housing_type, start_date, end_date) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, row.case_id, row.proposal_id, row.municipality_sealed, row.housing_type, row.start_date, row.end_date],
    );
  }

  async placement(m: EntityManager, id: string, lock = false): Promise<PlacementRow | undefined> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${PLACEMENT} FROM placement WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])) as PlacementRow[],
    )[0];
  }

  async placementOfProposal(m: EntityManager, proposalId: string): Promise<PlacementRow | undefined> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${PLACEMENT} FROM placement WHERE proposal_id = $1`, [proposalId])) as PlacementRow[],
    )[0];
  }

  async placementsOf(m: EntityManager, caseId: string): Promise<PlacementRow[]> {
    return this.integrity.verifyRows(
      // An ended placement erased by the retention schedule is gone from the case, as an erased case is from the list.
      (await m.query(`SELECT ${PLACEMENT} FROM placement WHERE case_id = $1 AND erased_at IS NULL ORDER BY start_date, id`, [
        caseId,
      ])) as PlacementRow[],
    );
  }

  /** Placements not ended and not past their planned end: the ones a change of facts can put at risk. */
  async activePlacements(m: EntityManager, today: string): Promise<PlacementRow[]> {
    return this.integrity.verifyRows(
      (await m.query(`SELECT ${PLACEMENT} FROM placement WHERE ended_on IS NULL AND end_date >= $1::date`, [today])) as PlacementRow[],
    );
  }

  async endPlacement(m: EntityManager, id: string, endedOn: string, reason: PlacementEndReason): Promise<void> {
    await m.query('UPDATE placement SET ended_on = $2, end_reason = $3 WHERE id = $1', [id, endedOn, reason]);
  }

  /** Raises an alert unless the placement already has an open one; true when one was raised. */
  async raiseAlert(m: EntityManager, id: string, placementId: string, flags: Buffer): Promise<boolean> {
    const rows = (await m.query(
      'INSERT INTO alert (id, placement_id, flags_sealed) VALUES ($1, $2, $3) ON CONFLICT (placement_id, kind) WHERE NOT acknowledged DO NOTHING RETURNING id',
      [id, placementId, flags],
    )) as { id: string }[];
    return rows.length > 0;
  }

  /**
   * Alerts of one region's placements (null: all). The region is the case's: its proof and the placement's
   * are checked with each row, since the region decides who sees the alert.
   */
  async alerts(m: EntityManager, region: string | null, acknowledged: boolean | null): Promise<(AlertRow & { case_id: string })[]> {
    const rows = (await m.query(
      `SELECT a.id, a.placement_id, a.raised_at, a.flags_sealed, a.acknowledged, a.kind, p.case_id,
              ${PROOF('placement', 'p')}, ${PROOF('registry_case', 'c', 'case_proof')}
         FROM alert a JOIN placement p ON p.id = a.placement_id JOIN registry_case c ON c.id = p.case_id
        WHERE ($1::text IS NULL OR c.region = $1) AND ($2::boolean IS NULL OR a.acknowledged = $2)
        ORDER BY a.raised_at, a.id`,
      [region, acknowledged],
    )) as (AlertRow & { case_id: string; case_proof?: unknown })[];
    for (const row of rows) {
      this.integrity.verify(row.case_proof);
      delete row.case_proof;
    }
    return this.integrity.verifyRows(rows);
  }

  async alert(m: EntityManager, id: string): Promise<(AlertRow & { case_id: string }) | undefined> {
    return this.integrity.verifyRows(
      (await m.query(
        `SELECT a.id, a.placement_id, a.raised_at, a.flags_sealed, a.acknowledged, a.kind, p.case_id, ${PROOF('placement', 'p')}
           FROM alert a JOIN placement p ON p.id = a.placement_id WHERE a.id = $1 FOR UPDATE OF a`,
        [id],
      )) as (AlertRow & { case_id: string })[],
    )[0];
  }

  async acknowledge(m: EntityManager, id: string, by: string): Promise<void> {
    await m.query('UPDATE alert SET acknowledged = true, acknowledged_by = $2, acknowledged_at = now() WHERE id = $1', [id, by]);
  }

  async recordProbe(m: EntityManager, actor: string, municipalityCode: string, caseId: string, token: Buffer): Promise<void> {
    await m.query('INSERT INTO destination_probe (actor, municipality_code, case_id, destination_token) VALUES ($1, $2, $3, $4)', [
      actor,
      municipalityCode,
      caseId,
      token,
    ]);
  }

  /**
   * The distinct destinations any account of this municipality asked about for this case in the last 24
   * hours. Rows without a municipality predate the column and were asked by the case's home municipality.
   */
  async probedDestinations(m: EntityManager, municipalityCode: string, caseId: string): Promise<Buffer[]> {
    const rows = (await m.query(
      `SELECT DISTINCT destination_token FROM destination_probe
        WHERE case_id = $2 AND (municipality_code = $1 OR municipality_code IS NULL) AND at > now() - interval '24 hours'`,
      [municipalityCode, caseId],
    )) as { destination_token: Buffer }[];
    return rows.map((r) => r.destination_token);
  }
}
