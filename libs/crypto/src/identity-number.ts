import personnummerModule from 'personnummer';
import { InvalidIdentityNumberError } from './errors.js';

/*
 * personnummer 3.2.1 ships CommonJS (`module.exports = Personnummer`) with types that declare an ES default
 * export. Node and jest hand an ESM importer `module.exports` as the default, while TypeScript (NodeNext)
 * types that default as `{ default: Personnummer }`; take whichever shape actually arrives.
 */
type PersonnummerClass = (typeof personnummerModule)['default'];
const Personnummer: PersonnummerClass =
  (personnummerModule as unknown as { default?: PersonnummerClass }).default ?? (personnummerModule as unknown as PersonnummerClass);

// One day of slack: a birth date in Sweden is already "today" while UTC is still on yesterday.
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * A Swedish personal identity number (personnummer) or coordination number (samordningsnummer), checked
 * (check digit, calendar date, not in the future) and written as 12 digits YYYYMMDDNNNC. `YYMMDD-NNNC`,
 * `YYMMDDNNNC`, `YYYYMMDDNNNC` and, for people aged 100 or more, `YYMMDD+NNNC` all give the same result.
 * Coordination numbers keep their day + 60; interim numbers (with a letter) are not identity numbers.
 *
 * @throws InvalidIdentityNumberError, whose message never repeats the input
 */
export function normaliseIdentityNumber(input: string): string {
  if (typeof input !== 'string') throw new InvalidIdentityNumberError();
  let parsed: InstanceType<PersonnummerClass>;
  try {
    parsed = Personnummer.parse(input.trim(), { allowCoordinationNumber: true, allowInterimNumber: false });
  } catch {
    throw new InvalidIdentityNumberError();
  }
  if (parsed.getDate().getTime() > Date.now() + FUTURE_SLACK_MS) throw new InvalidIdentityNumberError();
  const normalised = parsed.format(true);
  if (!/^\d{12}$/.test(normalised)) throw new InvalidIdentityNumberError();
  return normalised;
}
