import { expect, test } from '../fixtures.js';

const SHOTS = 'test-results/screens';

test('statistics page: screenshots in both languages and widths', async ({ page, signInAs, givePurpose, expectNoSeriousAxeViolations }) => {
  await signInAs('POLICE_REGIONAL', { region: 'SYD' });
  await givePurpose('SYD uppföljning: statistik');
  await page.getByRole('link', { name: 'Statistics' }).click();
  await expect(page.getByRole('table', { name: /Cases opened/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/statistics-en-1280.png`, fullPage: true });
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  await page.screenshot({ path: `${SHOTS}/statistics-en-focus.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/statistics-en-390.png`, fullPage: true });
  await page.getByRole('button', { name: /svenska/i }).click();
  await page.screenshot({ path: `${SHOTS}/statistics-sv-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${SHOTS}/statistics-sv-1280.png`, fullPage: true });
  await expectNoSeriousAxeViolations();
});
