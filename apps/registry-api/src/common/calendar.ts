/** The register's calendar day: Swedish local time, since validity dates and review dates are Swedish days. */
export function todayInSweden(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
