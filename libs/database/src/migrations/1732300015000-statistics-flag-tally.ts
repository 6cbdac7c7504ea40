import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Checker flags by code, for statistics. A proposal's check is sealed (it names rival networks and places),
 * and statistics must never open a sealed value, so each submission adds one to a plain tally of
 * (police region, Swedish calendar month, flag code) in the same transaction. The tally holds only what the
 * case's region was shown anyway (its own view of the check, not national coordination's exact flags), and
 * no proposal or case id: it cannot be joined back to a household. Proposals submitted before this
 * migration are not in it (their flags exist only sealed); the statistics say so in their source.
 */
export class StatisticsFlagTally1732300015000 implements MigrationInterface {
  name = 'StatisticsFlagTally1732300015000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE statistics_flag_tally (
      region text NOT NULL CHECK (region IN ('NORD','MITT','STOCKHOLM','OST','VAST','SYD','BERGSLAGEN')),
      month char(7) NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      code text NOT NULL CHECK (code ~ '^[A-Z_]{1,64}$'),
      proposals integer NOT NULL CHECK (proposals > 0),
      PRIMARY KEY (region, month, code)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE statistics_flag_tally');
  }
}
