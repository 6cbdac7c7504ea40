import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PoliceRegion } from '@registry/geo';

/** Adds a submitted proposal's flag codes to the statistics tally (migration 1732300015000). */
@Injectable()
export class FlagTallyRepository {
  async count(m: EntityManager, region: PoliceRegion, codes: readonly string[]): Promise<void> {
    const distinct = [...new Set(codes)];
    if (distinct.length === 0) return;
    await m.query(
      `INSERT INTO statistics_flag_tally (region, month, code, proposals)
       SELECT $1, to_char(now() AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM'), code, 1 FROM unnest($2::text[]) AS code
       ON CONFLICT (region, month, code) DO UPDATE SET proposals = statistics_flag_tally.proposals + 1`,
      [region, distinct],
    );
  }
}
