/**
 * The API labels rows and columns with codes ('SYD', '2025-03'); a reader wants names and months. The
 * codes stay in the markup (dateTime, data-*) so nothing is lost.
 */
const MONTH = /^(\d{4})-(\d{2})$/;

export function isMonth(label: string): boolean {
  return MONTH.test(label);
}

/** '2025-03' as "mar 2025" / "Mar 2025"; anything else as it is. */
export function monthLabel(label: string, language: string, style: 'short' | 'long' = 'short'): string {
  const match = MONTH.exec(label);
  if (!match) return label;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'sv-SE', { month: style, year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** The month alone, for the chart's axis: "mar" / "Mar". */
export function monthOnly(label: string, language: string): string {
  const match = MONTH.exec(label);
  if (!match) return label;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'sv-SE', { month: 'short', timeZone: 'UTC' }).format(date);
}

/** Whether every published figure is zero (nothing happened in the period, or nothing was suppressed to show). */
export function allZero(figures: readonly { value: number | null; suppressed: boolean }[]): boolean {
  return figures.every((figure) => !figure.suppressed && (figure.value === null || figure.value === 0));
}
