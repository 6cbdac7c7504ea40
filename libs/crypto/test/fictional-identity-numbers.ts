/*
 * Fictional Swedish identity numbers for tests. Serial numbers 980-999 are the range the Swedish Tax Agency
 * uses for its test numbers; the check digit is computed here with the Luhn algorithm, as the real ones are.
 */

/** Luhn check digit over the 9 digits YYMMDDNNN (weights 2,1,2,1,...). */
export function checkDigit(nineDigits: string): string {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i += 1) {
    let product = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (product > 9) product -= 9;
    sum += product;
  }
  return String((10 - (sum % 10)) % 10);
}

export interface FictionalIdentityNumber {
  /** YYYYMMDDNNNC */
  long: string;
  /** YYMMDD-NNNC, or YYMMDD+NNNC when `centenarian` */
  short: string;
  /** YYMMDDNNNC */
  compact: string;
}

/** `yyyymmdd` may carry day + 60 for a coordination number. */
export function fictionalIdentityNumber(yyyymmdd: string, serial: string, centenarian = false): FictionalIdentityNumber {
  const base = yyyymmdd.slice(2) + serial;
  const check = checkDigit(base);
  return {
    long: `${yyyymmdd}${serial}${check}`,
    short: `${yyyymmdd.slice(2)}${centenarian ? '+' : '-'}${serial}${check}`,
    compact: `${base}${check}`,
  };
}

/** The same number with a wrong check digit. */
export function withWrongCheckDigit(twelveDigits: string): string {
  const last = Number(twelveDigits.slice(-1));
  return twelveDigits.slice(0, -1) + String((last + 1) % 10);
}
