/** Built once: constructing an Intl formatter costs more than the check it dates. */
const SWEDISH_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The register's calendar day: Swedish local time, since validity dates and review dates are Swedish days. */
export function todayInSweden(now: Date = new Date()): string {
  return SWEDISH_DAY.format(now);
}
