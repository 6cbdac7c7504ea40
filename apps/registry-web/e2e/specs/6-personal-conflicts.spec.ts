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
    // Three axe scans of the case page (its 290-municipality map) take half a minute each on a busy machine.
    test.slow();
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
    await expectNoSeriousAxeViolations('#case-summary');
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
    await expectNoSeriousAxeViolations('#case-summary');

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
    await expectNoSeriousAxeViolations('#case-summary');
    await sektion.screenshot({ path: 'test-results/conflicts-sv-390.png' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await sektion.screenshot({ path: 'test-results/conflicts-sv-1280.png' });
  });
});

/**
 * Known locations and police holds close the same way, from the case page. A known location and a hold of
 * their own are set first (the demo has no hold; Landskrona lies beside the actor's Helsingborg, inside what
 * the case's assessment already blocks), and closing them leaves the demo's verdicts as they were.
 */
test.describe('national coordination: closing known locations and holds on the case page', () => {
  test('closes a threat actor’s known location and lifts a member’s hold, each with a reason, in English and Swedish', async ({
    page,
    demo,
    signInAs,
    givePurpose,
    expectNoSeriousAxeViolations,
  }) => {
    test.slow();
    const token = demo.TOKEN_NATIONAL!;
    type Named = { id: string; givenName: string; familyName: string };
    const { case: theCase } = await graphqlAs<{ case: { defector: Named; relatives: Named[] } }>(
      token,
      'query($c: ID!) { case(id: $c) { defector { id givenName familyName } relatives { id givenName familyName } } }',
      { c: demo.DEMO_CASE_ID },
    );
    // The demo's threat actor is national coordination's record: on the case page it comes in as the other
    // side of the defector's open conflict (THREAT_ACTOR_PRESENCE counts both).
    const { personalConflicts } = await graphqlAs<{ personalConflicts: { otherPersonId: string | null; closure: unknown }[] }>(
      token,
      'query($p: ID!) { personalConflicts(personId: $p) { otherPersonId closure { closedAt } } }',
      { p: theCase.defector.id },
    );
    const actorId = personalConflicts.find((c) => c.otherPersonId && !c.closure)!.otherPersonId!;
    const { person: actor } = await graphqlAs<{ person: Named }>(token, 'query($p: ID!) { person(id: $p) { id givenName familyName } }', {
      p: actorId,
    });
    const member = theCase.relatives[0]!;
    await graphqlAs(token, 'mutation($p: ID!) { setKnownLocation(personId: $p, municipalityCode: "1282", validFrom: "2025-01-01") }', {
      p: actor.id,
    });
    await graphqlAs(token, 'mutation($p: ID!) { setSurveillanceHold(personId: $p, active: true) }', { p: member.id });
    const actorName = `${actor.givenName} ${actor.familyName}`;
    const memberName = `${member.givenName} ${member.familyName}`;

    await signInAs('POLICE_NATIONAL');
    await givePurpose('NOA samordning: avsluta uppgifter');
    await page.goto(`/cases/${demo.DEMO_CASE_ID}`);

    // The known location: listed open, refused without a reason, closed with one (who, when, why shown).
    const section = page.getByRole('region', { name: 'Known locations of threat actors and conflict parties', exact: true });
    const table = section.getByRole('table', { name: `Known locations of ${actorName}` });
    const row = table.getByRole('row').filter({ hasText: 'Landskrona' });
    await expect(row).toContainText('Open');
    await expectNoSeriousAxeViolations('#case-summary');
    await section.screenshot({ path: 'test-results/closings-locations-en-1280.png' });
    await row.getByRole('button', { name: `Close the known location Landskrona of ${actorName}` }).focus();
    await page.keyboard.press('Enter');
    const closeForm = page.getByRole('form', { name: `Close the known location Landskrona of ${actorName}` });
    await expect(closeForm.getByRole('textbox', { name: 'Why is the known location closed?' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(closeForm.getByText('Write at least 3 characters.')).toBeVisible();
    await closeForm.getByRole('textbox', { name: 'Why is the known location closed?' }).fill('Lämnade Landskrona enligt underrättelse');
    await closeForm.getByRole('button', { name: 'Close known location' }).click();
    await expect(section.getByRole('status')).toHaveText(`The known location Landskrona of ${actorName} is closed.`);
    await expect(row).toContainText('Closed');
    await expect(row).toContainText('Lämnade Landskrona enligt underrättelse');
    await expect(row.getByRole('button')).toHaveCount(0);
    const { knownLocations } = await graphqlAs<{ knownLocations: { municipalityCode: string; closure: { reason: string } | null }[] }>(
      token,
      'query($p: ID!) { knownLocations(personId: $p) { municipalityCode closure { reason } } }',
      { p: actor.id },
    );
    expect(knownLocations.filter((l) => l.municipalityCode === '1282').map((l) => l.closure?.reason)).toEqual([
      'Lämnade Landskrona enligt underrättelse',
    ]);
    await section.screenshot({ path: 'test-results/closings-locations-en-closed.png' });

    // The hold: lifted from the household table with a reason; the row then shows the lifting.
    const household = page.getByRole('table', { name: 'Household', exact: true });
    const memberRow = household.getByRole('row').filter({ hasText: memberName });
    await expect(memberRow).toContainText('Yes (no reason is shown)');
    await memberRow.getByRole('button', { name: `Lift the police hold on ${memberName}` }).click();
    const liftForm = page.getByRole('form', { name: `Lift the police hold on ${memberName}` });
    await liftForm.getByRole('textbox', { name: 'Why is the hold lifted?' }).fill('Förundersökningen är nedlagd');
    await liftForm.getByRole('button', { name: 'Lift police hold' }).click();
    await expect(page.getByRole('status').filter({ hasText: `The police hold on ${memberName} is lifted.` })).toBeVisible();
    await expect(memberRow).toContainText('Last lifted');
    await expect(memberRow).toContainText('Förundersökningen är nedlagd');
    await expect(memberRow.getByRole('button')).toHaveCount(0);
    const { person } = await graphqlAs<{ person: { surveillanceHold: boolean } }>(
      token,
      'query($p: ID!) { person(id: $p) { surveillanceHold } }',
      {
        p: member.id,
      },
    );
    expect(person.surveillanceHold).toBe(false);
    await expectNoSeriousAxeViolations('#case-summary');
    await page.locator('.case-summary').screenshot({ path: 'test-results/closings-en-1280.png' });

    // Narrow, then in Swedish.
    await page.setViewportSize({ width: 390, height: 800 });
    await section.screenshot({ path: 'test-results/closings-locations-en-390.png' });
    expect(await section.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await page
      .getByRole('button', { name: /Svenska|Swedish|SV/i })
      .first()
      .click();
    const sektion = page.getByRole('region', { name: 'Kända vistelseorter för hotaktörer och konfliktparter', exact: true });
    await expect(sektion.getByRole('table', { name: `Kända vistelseorter för ${actorName}` })).toContainText('Avslutad');
    await expect(page.getByRole('table', { name: 'Hushåll', exact: true })).toContainText('Senast hävt');
    await expectNoSeriousAxeViolations('#case-summary');
    await sektion.screenshot({ path: 'test-results/closings-locations-sv-390.png' });
    await page.getByRole('table', { name: 'Hushåll', exact: true }).screenshot({ path: 'test-results/closings-household-sv-390.png' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('.case-summary').screenshot({ path: 'test-results/closings-sv-1280.png' });
  });
});
