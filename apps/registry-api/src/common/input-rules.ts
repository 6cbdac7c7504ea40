import { isMunicipalityCode } from '@registry/geo';
import { BadUserInputError } from './errors.js';

/**
 * Checks on input that the database cannot make because the value is sealed before it gets there.
 * Messages name the field, never the value: a submitted municipality code may be a placement's place.
 */
export function requireMunicipalityCode(code: string, field = 'municipalityCode'): string {
  if (!isMunicipalityCode(code)) throw new BadUserInputError(`${field} is not a known 4-digit municipality code`);
  return code;
}

export function requireValidity(validFrom: string, validTo: string | null | undefined, what = 'validTo'): void {
  if (validTo && validTo < validFrom) throw new BadUserInputError(`${what} is before validFrom`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot exist is the same answer as one that does not: NOT_FOUND, decided by the caller. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
