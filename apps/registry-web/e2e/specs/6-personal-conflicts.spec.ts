import { graphqlAs } from '../api.js';
import { expect, test } from '../fixtures.js';

/**
 * The case page's personal conflicts: each member's conflicts with scope and review date, reviewed and
 * closed from the page, by keyboard. A conflict of its own (with a fresh threat actor) is used, so the demo's
 * conflicts and every other spec's verdicts stay as they were.
 */
test.describe('police: personal conflicts on the case page', () => {
  test('lists a member’s conflicts, reviews the keep-apart scope and closes one, in English and Swedish', async ({
    page,
    demo,
    signInAs,
    givePurpose,
    expectNoSeriousAxeViolations,
  }) => {
    const token = demo.TOKEN_SYD!;
    const { case: theCase } = await graphqlAs<{ case: { defector: { id: string; givenName: string; familyName: string } } }>(
      token,
      'query($c: ID!) { case(id: $c) { defector { id givenName familyName } } }',
      { c: demo.DEMO_CASE_ID },
    );
    const actor = await graphqlAs<{ registerPerson: { id: string } }>(
      token,
      'mutation { registerPerson(input: { kind: THREAT_ACTOR, givenName: "Konsol", familyName: "Konfliktsson" }) { id } }',
    );
    await graphqlAs(
      token,
      'mutation($p: ID!, $o: ID!) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: WITNESS, terms: { scope: NEARBY, reviewDue: "2020-01-01", personRole: VICTIM, otherRole: PERPETRATOR, reason: "Vittne i målet mot Konfliktsson" }) }',
      { p: theCase.defector.id, o: actor.registerPerson.id },
    );
    const name = `${theCase.defector.givenName} ${theCase.defector.familyName}`;

    await signInAs('POLICE_REGIONAL', { region: 'SYD' });
    await givePurpose('AVH demo case work');
    await page.goto(`/cases/${demo.DEMO_CASE_ID}`);
    const section = page.getByRole('region', { name: 'Personal conflicts', exact: true });
    const table = section.getByRole('table', { name: `Personal conflicts of ${name}` });
    await expect(table).toBeVisible();
    const row = table.getByRole('row').filter({ hasText: 'Vittne i målet mot Konfliktsson' });
    await expect(row).toContainText('Nearby municipalities');
    await expect(row).toContainText('Member: victim · other: perpetrator');
    await expect(row).toContainText('overdue');
    await expect(row).toContainText('Vittne i målet mot Konfliktsson');
    await expectNoSeriousAxeViolations();
    await section.screenshot({ path: 'test-results/conflicts-en-1280.png' });

    // Review by keyboard: widen the scope to the county and move the review date.
    await row.getByRole('button', { name: `Review the Witness conflict of ${name}` }).focus();
    await page.keyboard.press('Enter');
    const reviewForm = page.getByRole('form', { name: `Review the Witness conflict of ${name}` });
    await reviewForm.getByRole('combobox', { name: 'Keep apart' }).selectOption('SAME_COUNTY');
    await reviewForm.getByLabel('Next review').fill('2030-06-30');
    await reviewForm.getByRole('button', { name: 'Save review' }).click();
    await expect(row).toContainText('Same county');
    await expect(row).not.toContainText('overdue');
    await expectNoSeriousAxeViolations();

    // Closing needs a reason: too short is refused on the page, then a real one closes it.
    await row.getByRole('button', { name: `Close the Witness conflict of ${name}` }).click();
    const closeForm = page.getByRole('form', { name: `Close the Witness conflict of ${name}` });
    await closeForm.getByRole('button', { name: 'Close conflict' }).click();
    await expect(closeForm.getByText('Write at least 3 characters.')).toBeVisible();
    await closeForm.getByRole('textbox', { name: 'Why is the conflict closed?' }).fill('Vittnesmålet är avgivet och målet avgjort');
    await closeForm.getByRole('button', { name: 'Close conflict' }).click();
    await expect(row).toContainText('Closed');
    await expect(row).toContainText('Vittnesmålet är avgivet och målet avgjort');
    await expect(row.getByRole('button', { name: /Review/ })).toHaveCount(0);
    const listed = await graphqlAs<{ personalConflicts: { id: string; scope: string; closure: { reason: string } | null }[] }>(
      token,
      'query($p: ID!) { personalConflicts(personId: $p) { id scope closure { reason } } }',
      { p: theCase.defector.id },
    );
    expect(listed.personalConflicts.filter((c) => c.closure?.reason === 'Vittnesmålet är avgivet och målet avgjort')).toEqual([
      expect.objectContaining({ scope: 'SAME_COUNTY' }),
    ]);
    await section.screenshot({ path: 'test-results/conflicts-en-closed.png' });

    // Narrow, then in Swedish.
    await page.setViewportSize({ width: 390, height: 800 });
    await section.screenshot({ path: 'test-results/conflicts-en-390.png' });
    await page
      .getByRole('button', { name: /Svenska|Swedish|SV/i })
      .first()
      .click();
    const sektion = page.getByRole('region', { name: 'Personliga konflikter', exact: true });
    await expect(sektion.getByRole('table', { name: `Personliga konflikter för ${name}` })).toBeVisible();
    await expect(sektion).toContainText('Samma län');
    await expect(sektion).toContainText('Avslutad');
    await expectNoSeriousAxeViolations();
    await sektion.screenshot({ path: 'test-results/conflicts-sv-390.png' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await sektion.screenshot({ path: 'test-results/conflicts-sv-1280.png' });
  });
});
