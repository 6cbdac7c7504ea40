import { graphqlAs } from '../api.js';
import { expect, test } from '../fixtures.js';

// Last in the run: it adds an area to the demo case, which the earlier flows do not expect.
test.describe('actual areas: where the household really is, on the case page', () => {
  test('a regional officer adds an area by keyboard, sees it listed and counted by the checker, and ends it', async ({
    page,
    demo,
    signInAs,
    givePurpose,
    expectNoSeriousAxeViolations,
  }) => {
    await signInAs('POLICE_REGIONAL', { region: 'SYD' });
    await givePurpose('AVH faktiska vistelseområden');
    await page.goto(`/cases/${demo.DEMO_CASE_ID}`);
    const section = page.getByRole('region', { name: 'Where the household actually is' }).or(page.locator('section.actual-areas'));
    await expect(section.getByRole('heading', { name: 'Where the household actually is' })).toBeVisible();
    // The demo's unconfirmed tip about the relative: listed, confidence in words.
    const relative = section.getByRole('table', { name: 'Actual areas: Ebbe Demodotter' });
    await expect(relative.getByRole('row', { name: /Lund/ })).toContainText('Possible (unconfirmed)');
    await expect(section.getByText('No actual areas recorded for Nova Demodotter.')).toBeVisible();

    // By keyboard: open the form, fill it, submit.
    const opener = section.getByText('Add an actual area', { exact: true });
    await opener.focus();
    await page.keyboard.press('Enter');
    await section.getByRole('combobox', { name: 'Municipality' }).selectOption('2480');
    await section.getByRole('combobox', { name: 'Kind' }).selectOption('STAYS_OFTEN');
    await section.getByRole('combobox', { name: 'Confidence' }).selectOption('PROBABLE');
    await section.getByRole('textbox', { name: /Source note/ }).fill('Spaning vecka 47');
    await section.getByRole('button', { name: 'Add area' }).focus();
    await page.keyboard.press('Enter');
    await expect(section.getByRole('status')).toHaveText(/recorded/);
    const table = section.getByRole('table', { name: 'Actual areas: Nova Demodotter' });
    await expect(table.getByRole('row', { name: /Umeå/ })).toContainText('Stays there often');
    await expectNoSeriousAxeViolations('#case-whereabouts');
    await page.setViewportSize({ width: 1280, height: 800 });
    await section.screenshot({ path: 'test-results/actual-areas-1280-en.png' });
    await page.setViewportSize({ width: 390, height: 844 });
    await section.screenshot({ path: 'test-results/actual-areas-390-en.png' });
    await page.setViewportSize({ width: 1280, height: 800 });

    // The checker counts it: Umeå is now a home of the household.
    const check = await graphqlAs<{ checkDestination: { flags: { code: string }[] } }>(
      demo.TOKEN_SYD!,
      'query($c: ID!) { checkDestination(caseId: $c, municipalityCode: "2480") { flags { code } } }',
      { c: demo.DEMO_CASE_ID },
    );
    expect(check.checkDestination.flags.map((f) => f.code)).toContain('HOME_MUNICIPALITY');

    // End it: asked once more, then listed as ended.
    await table.getByRole('button', { name: 'End' }).click();
    await table.getByRole('button', { name: 'Yes, end it' }).click();
    await expect(table.getByRole('row', { name: /Umeå/ })).toContainText('ended');
  });
});

test.describe('actual areas in Swedish', () => {
  test.use({ locale: 'sv-SE' });
  test('the section reads in Swedish', async ({ page, demo, expectNoSeriousAxeViolations }) => {
    await page.goto('/login');
    await page.getByRole('combobox', { name: 'Roll' }).selectOption('POLICE_REGIONAL');
    await page.getByRole('combobox', { name: 'Polisregion' }).selectOption('SYD');
    await page.getByRole('button', { name: 'Logga in' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Syfte med åtkomst' }).fill('Handläggning av avhopparärende');
    await dialog.getByRole('button', { name: 'Fortsätt' }).click();
    await page.goto(`/cases/${demo.DEMO_CASE_ID}`);
    const section = page.locator('section.actual-areas');
    await expect(section.getByRole('heading', { name: 'Var hushållet faktiskt vistas' })).toBeVisible();
    await expect(section.getByRole('table', { name: 'Faktiska vistelseområden: Nova Demodotter' })).toContainText('Vistas där ofta');
    await expect(section.getByRole('table', { name: 'Faktiska vistelseområden: Ebbe Demodotter' })).toContainText('Möjlig (obekräftad)');
    await section.getByText('Lägg till ett faktiskt vistelseområde', { exact: true }).click();
    await expect(section.getByRole('combobox', { name: 'Tillförlitlighet' })).toBeVisible();
    await expectNoSeriousAxeViolations('#case-whereabouts');
    await section.screenshot({ path: 'test-results/actual-areas-1280-sv.png' });
    await page.setViewportSize({ width: 390, height: 844 });
    await section.screenshot({ path: 'test-results/actual-areas-390-sv.png' });
  });
});
