import { expect, test } from '../fixtures.js';

const SHOTS = 'test-results/screens';

/** The six months `demo-history` moved the demo into (global setup): the last six that have ended. */
function lastSixMonths(now = new Date()): { from: string; to: string } {
  const month = (offset: number) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  };
  return { from: month(-6), to: month(-1) };
}

test('statistics page: screenshots in both languages and widths', async ({ page, signInAs, givePurpose, expectNoSeriousAxeViolations }) => {
  await signInAs('POLICE_REGIONAL', { region: 'SYD' });
  await givePurpose('SYD uppföljning: statistik');
  await page.getByRole('link', { name: 'Statistics' }).click();
  await expect(page.getByRole('table', { name: /Cases opened/ })).toBeVisible();
  const period = lastSixMonths();
  await page.getByLabel('From month').fill(period.from);
  await page.getByLabel('To month').fill(period.to);
  await page.getByRole('button', { name: 'Show statistics' }).click();
  // MITT's five referrals opened in one month (the demo's intake) are a published figure, not "–".
  const opened = page.getByRole('table', { name: /Cases opened/ });
  await expect(opened.getByRole('row', { name: /MITT|Mitt/ }).getByRole('cell', { name: '5', exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/statistics-en-1280.png`, fullPage: true });
  await opened.screenshot({ path: `${SHOTS}/statistics-en-cases-opened.png` });
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  await page.screenshot({ path: `${SHOTS}/statistics-en-focus.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/statistics-en-390.png`, fullPage: true });
  await page.getByRole('button', { name: /svenska/i }).click();
  const öppnade = page.getByRole('table', { name: /Öppnade ärenden/i });
  await expect(öppnade.getByRole('row', { name: /Mitt/ }).getByRole('cell', { name: '5', exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/statistics-sv-390.png`, fullPage: true });
  await öppnade.screenshot({ path: `${SHOTS}/statistics-sv-390-cases-opened.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${SHOTS}/statistics-sv-1280.png`, fullPage: true });
  await expectNoSeriousAxeViolations();
});
