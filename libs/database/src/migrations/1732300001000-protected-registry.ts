import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The protected registry. Plain columns are ids, foreign keys, dates, enums and statuses; every value
 * that names a person, a place or a network is a sealed `bytea` (see libs/crypto's sealed-field format).
 * Municipality codes that place a person or a network are sealed too, so they cannot reference the
 * municipality table; the service validates them before sealing.
 */
export class ProtectedRegistry1732300001000 implements MigrationInterface {
  name = 'ProtectedRegistry1732300001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE data_key (
        id uuid PRIMARY KEY,
        purpose text NOT NULL CHECK (purpose IN ('CASE', 'PERSON', 'NETWORK_INTELLIGENCE')),
        kek_version integer,
        wrapped bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        shredded_at timestamptz,
        -- a shredded key keeps its row (so reads can say "erased") but loses its material for good
        CHECK ((shredded_at IS NULL) = (wrapped IS NOT NULL AND kek_version IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX data_key_one_network_intelligence ON data_key (purpose) WHERE purpose = 'NETWORK_INTELLIGENCE'`);

    await q.query(`
      CREATE TABLE network (
        id uuid PRIMARY KEY,
        data_key_id uuid NOT NULL REFERENCES data_key(id),
        name_sealed bytea NOT NULL,
        category text NOT NULL CHECK (category IN ('LOCAL_NETWORK','FAMILY_BASED','VIOLENT_EXTREMIST','PROJECT_BASED','SELF_MARKING_GROUP','RISK_SUPPORTER','OTHER')),
        reach text NOT NULL CHECK (reach IN ('LOCAL','REGIONAL','NATIONAL','INTERNATIONAL')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE network_presence (
        id uuid PRIMARY KEY,
        network_id uuid NOT NULL REFERENCES network(id),
        municipality_sealed bytea NOT NULL,
        confidence text NOT NULL CHECK (confidence IN ('CONFIRMED','PROBABLE','POSSIBLE')),
        valid_from date NOT NULL,
        valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX network_presence_network ON network_presence (network_id)');
    await q.query(`
      CREATE TABLE network_relation (
        id uuid PRIMARY KEY,
        -- stored with network_a_id < network_b_id: a relation is symmetric, so one row serves both directions
        network_a_id uuid NOT NULL REFERENCES network(id),
        network_b_id uuid NOT NULL REFERENCES network(id),
        kind text NOT NULL CHECK (kind IN ('RIVAL','ALLIED')),
        valid_from date NOT NULL,
        valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (network_a_id < network_b_id)
      )`);
    await q.query('CREATE INDEX network_relation_a ON network_relation (network_a_id)');
    await q.query('CREATE INDEX network_relation_b ON network_relation (network_b_id)');

    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY,
        data_key_id uuid NOT NULL REFERENCES data_key(id),
        kind text NOT NULL CHECK (kind IN ('DEFECTOR','RELATIVE','THREAT_ACTOR','OTHER')),
        given_name_sealed bytea NOT NULL,
        family_name_sealed bytea NOT NULL,
        identity_number_sealed bytea,
        -- keyed, truncated BLAKE2b of the normalised number: exact look-up without storing the number
        identity_number_index bytea UNIQUE,
        birth_year_sealed bytea,
        surveillance_hold boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((identity_number_sealed IS NULL) = (identity_number_index IS NULL))
      )`);
    await q.query(`
      CREATE TABLE affiliation (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person(id),
        network_id uuid NOT NULL REFERENCES network(id),
        role text NOT NULL CHECK (role IN ('LEADER','MEMBER','ASSOCIATE','FORMER_MEMBER')),
        confidence text NOT NULL CHECK (confidence IN ('CONFIRMED','PROBABLE','POSSIBLE')),
        valid_from date NOT NULL,
        valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX affiliation_person ON affiliation (person_id)');
    await q.query('CREATE INDEX affiliation_network ON affiliation (network_id)');
    await q.query(`
      CREATE TABLE personal_conflict (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person(id),
        other_person_id uuid NOT NULL REFERENCES person(id),
        kind text NOT NULL CHECK (kind IN ('THREAT','VICTIM','WITNESS','ENMITY')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (person_id <> other_person_id),
        UNIQUE (person_id, other_person_id, kind)
      )`);
    await q.query(`
      CREATE TABLE known_location (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person(id),
        municipality_sealed bytea NOT NULL,
        valid_from date NOT NULL,
        valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX known_location_person ON known_location (person_id)');

    await q.query(`CREATE TABLE case_reference_counter (year integer PRIMARY KEY, last_number integer NOT NULL)`);
    await q.query(`
      CREATE TABLE registry_case (
        id uuid PRIMARY KEY,
        reference text NOT NULL UNIQUE CHECK (reference ~ '^AVH-[0-9]{4}-[0-9]{6}$'),
        data_key_id uuid NOT NULL REFERENCES data_key(id),
        region text NOT NULL CHECK (region IN ('NORD','MITT','STOCKHOLM','OST','VAST','SYD','BERGSLAGEN')),
        status text NOT NULL CHECK (status IN ('OPEN','ACTIVE','ABORTED','COMPLETED')),
        home_municipality_sealed bytea NOT NULL,
        defector_id uuid NOT NULL REFERENCES person(id),
        meets_definition boolean NOT NULL,
        motivated boolean NOT NULL,
        consent_to_information_exchange boolean NOT NULL,
        signed_conditions boolean NOT NULL,
        evidence_person boolean NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz
      )`);
    await q.query('CREATE INDEX registry_case_region ON registry_case (region, status)');
    await q.query(`
      CREATE TABLE case_member (
        case_id uuid NOT NULL REFERENCES registry_case(id),
        person_id uuid NOT NULL REFERENCES person(id),
        role text NOT NULL CHECK (role IN ('DEFECTOR','RELATIVE')),
        position integer NOT NULL,
        PRIMARY KEY (case_id, person_id)
      )`);
    await q.query('CREATE INDEX case_member_person ON case_member (person_id)');
    await q.query(`
      CREATE TABLE threat_assessment (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES registry_case(id),
        level text NOT NULL CHECK (level IN ('NONE','LOW','HIGH')),
        reach text NOT NULL CHECK (reach IN ('LOCAL','REGIONAL','NATIONAL','INTERNATIONAL')),
        relocation_required boolean NOT NULL,
        threat_actor_ids uuid[] NOT NULL DEFAULT '{}',
        threat_network_ids uuid[] NOT NULL DEFAULT '{}',
        assessed_on date NOT NULL,
        review_due date NOT NULL CHECK (review_due >= assessed_on),
        summary_sealed bytea,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query('CREATE INDEX threat_assessment_case ON threat_assessment (case_id, recorded_at DESC)');
    await q.query(`
      CREATE TABLE placement_assessment (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES registry_case(id),
        -- the unsuitable and suitable lists name places tied to the household: sealed as one JSON document each
        unsuitable_sealed bytea NOT NULL,
        suitable_sealed bytea NOT NULL,
        min_distance_from_home_km double precision CHECK (min_distance_from_home_km IS NULL OR min_distance_from_home_km >= 0),
        assessed_on date NOT NULL,
        review_due date NOT NULL CHECK (review_due >= assessed_on),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query('CREATE INDEX placement_assessment_case ON placement_assessment (case_id, recorded_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'placement_assessment',
      'threat_assessment',
      'case_member',
      'registry_case',
      'case_reference_counter',
      'known_location',
      'personal_conflict',
      'affiliation',
      'person',
      'network_relation',
      'network_presence',
      'network',
      'data_key',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
