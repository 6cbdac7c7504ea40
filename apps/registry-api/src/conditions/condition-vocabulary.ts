/** The vocabulary of conditions (villkor) a defector signs; the migration's CHECK constraints list the same. */
export const CONDITION_KINDS = [
  'NO_NETWORK_CONTACT',
  'DRUG_TESTS',
  'STAY_AWAY_FROM_AREA',
  'REPORTING',
  'CURFEW',
  'NO_WEAPONS',
  'OTHER',
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

export const COMPLIANCE_GRADES = ['MET', 'PARTLY', 'BREACHED'] as const;
export type ComplianceGrade = (typeof COMPLIANCE_GRADES)[number];

/** Most municipalities one STAY_AWAY_FROM_AREA condition names. */
export const MAX_AREA_MUNICIPALITIES = 30;
