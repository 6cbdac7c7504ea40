import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cannedClient, renderWithProviders } from '../../../test/render';
import { ConsentSection } from './consent-section';

const person = (id: string, givenName: string, birthYear: number | null) => ({ id, givenName, familyName: 'Demo', birthYear });

function consent(id: string, member: string, status: string, withdrawnOn: string | null = null) {
  return {
    id,
    status,
    signedOn: '2026-06-01',
    lastSignedOn: '2026-06-01',
    reviewDue: '2026-12-01',
    renewals: 0,
    withdrawnOn,
    member: { id: member },
    scope: { categories: ['PLACEMENT_NEEDS'], recipients: ['RECEIVING_MUNICIPALITY_SOCIAL_SERVICES', 'RESPONSIBLE_MUNICIPALITY'] },
    signatories: [{ role: 'PERSON', answer: 'YES', name: null }],
  };
}

function answer(consents: unknown[]) {
  return {
    data: {
      case: {
        id: 'c1',
        status: 'OPEN',
        defector: person('d', 'Nova', 1990),
        relatives: [person('r', 'Milo', 2019)],
        consents,
      },
    },
  };
}

describe('consent section', () => {
  it('explains a withdrawn consent: placements blocked and clearance withheld', async () => {
    const { client } = cannedClient(() => answer([consent('k1', 'd', 'WITHDRAWN', '2026-11-01')]));
    renderWithProviders(<ConsentSection caseId="c1" />, { client });
    expect(await screen.findByText('Placements are blocked for lack of consent.')).toBeTruthy();
    expect(screen.getByText(/Nova Demo has no valid consent/)).toBeTruthy();
    expect(screen.getByText('Clearance withheld.')).toBeTruthy();
    expect(screen.getByText('CONSENT_MISSING')).toBeTruthy();
    // a withdrawn consent is neither renewed nor withdrawn again
    const card = screen.getByRole('article');
    expect(within(card).queryByRole('button', { name: 'Renew' })).toBeNull();
    expect(within(card).getByText(/nothing may be shared on it from the day of withdrawal/)).toBeTruthy();
  });

  it('says nothing is blocked when the defector’s consent is valid, and asks a child’s guardians', async () => {
    const { client, operations } = cannedClient((operation) =>
      operation.kind === 'mutation'
        ? { data: { recordConsent: { id: 'k2', status: 'VALID', reviewDue: '2027-05-30' } } }
        : answer([consent('k1', 'd', 'VALID')]),
    );
    const user = userEvent.setup();
    renderWithProviders(<ConsentSection caseId="c1" />, { client });
    await screen.findByRole('article');
    expect(screen.queryByText('Placements are blocked for lack of consent.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Record consent' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Household member' }), 'r');
    expect(screen.getByText(/Under 15 the guardians sign/)).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Record a consent' });
    // not sent until the guardian has a name and an answer
    await user.click(within(form).getByRole('button', { name: 'Record consent' }));
    expect(within(form).getByRole('alert').textContent).toContain("Give every signatory's name and answer.");
    expect(operations.filter((o) => o.kind === 'mutation')).toHaveLength(0);
    await user.type(within(form).getByRole('textbox', { name: 'Name (Guardian)' }), 'Vera Demo');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Answer (Guardian)' }), 'YES');
    await user.click(within(form).getByRole('button', { name: 'Record consent' }));
    const sent = operations.find((o) => o.kind === 'mutation');
    expect(sent?.variables).toMatchObject({
      caseId: 'c1',
      input: {
        personId: 'r',
        categories: ['PLACEMENT_NEEDS'],
        signing: { signatories: [{ role: 'GUARDIAN', name: 'Vera Demo', answer: 'YES' }] },
      },
    });
  });
});
