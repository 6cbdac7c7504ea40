/**
 * Consent to share a household member's data (samtycke), as the legal basis for sharing between the police,
 * social services and others. Pure: the caller loads the records (signatory names stay sealed outside; the
 * rule needs only each signatory's role and answer) and asks what a consent covers on a given day.
 *
 * Who must sign depends on the member's age on the day asked, not on the day signed: a consent given by the
 * guardians of a 14-year-old lacks the young person's own answer once they turn 15, and a 17-year-old's
 * consent lacks nothing at 18 only because the guardians' part no longer counts (SKL 2018).
 */
import { toDayNumber } from './period.js';

/** Who receives data under a consent. */
export const CONSENT_RECIPIENTS = [
  /** the receiving municipality's social services (where the household is placed) */
  'RECEIVING_MUNICIPALITY_SOCIAL_SERVICES',
  /** the municipality responsible for the case (the household's home municipality) */
  'RESPONSIBLE_MUNICIPALITY',
  'SCHOOL',
  'HEALTH_CARE',
  /** Kriminalvården */
  'PRISON_AND_PROBATION',
  /** Försäkringskassan, Arbetsförmedlingen and other authorities */
  'OTHER_AUTHORITY',
] as const;
export type ConsentRecipient = (typeof CONSENT_RECIPIENTS)[number];

/** Which data a consent lets go to its recipients. */
export const CONSENT_DATA_CATEGORIES = [
  /** what a placement needs: identity, household, the need for protected housing */
  'PLACEMENT_NEEDS',
  'THREAT_ASSESSMENT',
  'CRIMINAL_RECORD',
  'HEALTH',
  'SCHOOLING',
  'SOCIAL_SERVICES_RECORDS',
] as const;
export type ConsentDataCategory = (typeof CONSENT_DATA_CATEGORIES)[number];

/** What a placement discloses, and to whom: what every placed member's consent must cover. */
export const PLACEMENT_DATA: readonly ConsentDataCategory[] = ['PLACEMENT_NEEDS'];
export const PLACEMENT_RECIPIENTS: readonly ConsentRecipient[] = ['RECEIVING_MUNICIPALITY_SOCIAL_SERVICES', 'RESPONSIBLE_MUNICIPALITY'];

export const SIGNATORY_ROLES = ['PERSON', 'GUARDIAN'] as const;
export type SignatoryRole = (typeof SIGNATORY_ROLES)[number];

export const CONSENT_ANSWERS = ['YES', 'NO'] as const;
export type ConsentAnswer = (typeof CONSENT_ANSWERS)[number];

export const CONSENT_STATUSES = ['VALID', 'EXPIRED', 'WITHDRAWN', 'INCOMPLETE'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** Programmes renew consent every six months (SKL 2018). */
export const DEFAULT_CONSENT_MONTHS = 6;

export interface ConsentSignatory {
  role: SignatoryRole;
  answer: ConsentAnswer;
}

/** One signing: the first one, or a renewal. The latest signing on or before the day asked governs. */
export interface ConsentSigning {
  signedOn: string;
  /** The consent holds through this day and lapses after it unless renewed. */
  reviewDue: string;
  signatories: readonly ConsentSignatory[];
}

export interface ConsentFacts {
  id: string;
  personId: string;
  categories: readonly ConsentDataCategory[];
  recipients: readonly ConsentRecipient[];
  signings: readonly ConsentSigning[];
  /** Takes effect on this day, whatever the review date says. */
  withdrawnOn: string | null;
}

/**
 * What the rule needs to know of the member: the birth year (the register keeps no birth date). A null
 * birth year is read as an adult, the register's default for a defector; see docs.
 */
export interface ConsentSubject {
  personId: string;
  birthYear: number | null;
}

/** 'YYYY-MM-DD' plus whole months, clamped to the month's last day (2026-08-31 + 6 → 2027-02-28). */
export function addMonths(date: string, months: number): string {
  toDayNumber(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

export function defaultReviewDue(signedOn: string): string {
  return addMonths(signedOn, DEFAULT_CONSENT_MONTHS);
}

/**
 * Whose answers a consent needs on a day. With only a birth year, the age on a day is one of two; the
 * rule asks for the signatories of both, so a consent never holds on a guess in the member's favour.
 */
export function requiredSignatories(subject: ConsentSubject, at: string): ReadonlySet<SignatoryRole> {
  const required = new Set<SignatoryRole>();
  if (subject.birthYear === null) {
    required.add('PERSON');
    return required;
  }
  const year = Number(at.slice(0, 4));
  for (const age of [year - subject.birthYear - 1, year - subject.birthYear]) {
    if (age >= 15) required.add('PERSON');
    if (age < 18) required.add('GUARDIAN');
  }
  return required;
}

/** Every required role answered, each answer of a required role YES: one NO is no consent. */
export function signatoriesSuffice(signatories: readonly ConsentSignatory[], required: ReadonlySet<SignatoryRole>): boolean {
  for (const role of required) {
    const answers = signatories.filter((signatory) => signatory.role === role);
    if (answers.length === 0 || answers.some((signatory) => signatory.answer !== 'YES')) return false;
  }
  return true;
}

/** The signing in force on a day: the latest one signed on or before it. */
export function signingAt(consent: ConsentFacts, at: string): ConsentSigning | null {
  const day = toDayNumber(at);
  let current: ConsentSigning | null = null;
  for (const signing of consent.signings) {
    const signed = toDayNumber(signing.signedOn);
    if (signed <= day && (current === null || signed >= toDayNumber(current.signedOn))) current = signing;
  }
  return current;
}

/** The review date in force on a day; before the first signing, the first signing's. */
export function reviewDueAt(consent: ConsentFacts, at: string): string | null {
  return (signingAt(consent, at) ?? consent.signings[0])?.reviewDue ?? null;
}

/** A consent's standing on a day. Withdrawal wins over everything; then an unsigned or lapsed one. */
export function consentStatus(consent: ConsentFacts, subject: ConsentSubject, at: string): ConsentStatus {
  const day = toDayNumber(at);
  if (consent.withdrawnOn !== null && toDayNumber(consent.withdrawnOn) <= day) return 'WITHDRAWN';
  const signing = signingAt(consent, at);
  if (signing === null) return 'INCOMPLETE';
  if (day > toDayNumber(signing.reviewDue)) return 'EXPIRED';
  return signatoriesSuffice(signing.signatories, requiredSignatories(subject, at)) ? 'VALID' : 'INCOMPLETE';
}

/** Whether some valid consent of the member lets every one of the categories go to the recipient on the day. */
export function consentCovers(
  consents: readonly ConsentFacts[],
  subject: ConsentSubject,
  recipient: ConsentRecipient,
  at: string,
  categories: readonly ConsentDataCategory[] = PLACEMENT_DATA,
): boolean {
  return consents.some(
    (consent) =>
      consent.personId === subject.personId &&
      consent.recipients.includes(recipient) &&
      categories.every((category) => consent.categories.includes(category)) &&
      consentStatus(consent, subject, at) === 'VALID',
  );
}

/**
 * Whether sharing with the recipient has been withdrawn for the member on the day: a consent naming it was
 * withdrawn and no other valid consent covers it. What a municipality's clearance answer is withheld on.
 */
export function sharingWithdrawn(
  consents: readonly ConsentFacts[],
  subject: ConsentSubject,
  recipient: ConsentRecipient,
  at: string,
  categories: readonly ConsentDataCategory[] = PLACEMENT_DATA,
): boolean {
  const withdrawn = consents.some(
    (consent) =>
      consent.personId === subject.personId &&
      consent.recipients.includes(recipient) &&
      consentStatus(consent, subject, at) === 'WITHDRAWN',
  );
  return withdrawn && !consentCovers(consents, subject, recipient, at, categories);
}

/**
 * Whether sharing with any of the recipients has been withdrawn for any member on the day: what withholds a
 * municipality's clearance answer (as "no clearance") from the municipality the withdrawal names.
 */
export function householdSharingWithdrawn(
  consents: readonly ConsentFacts[],
  members: readonly ConsentSubject[],
  recipients: readonly ConsentRecipient[],
  at: string,
): boolean {
  return members.some((member) => recipients.some((recipient) => sharingWithdrawn(consents, member, recipient, at)));
}
