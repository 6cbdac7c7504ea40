import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Operation } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { cannedClient, renderWithProviders, type CannedResult } from '../../../test/render';
import { KnownLocations } from './known-locations';

const FLINT = { id: 'actor-1', givenName: 'Flint', familyName: 'Skuggberg' };
const HIDDEN = { id: 'actor-2', givenName: 'Hemlock', familyName: 'Mörkdal' };
const QUILL = { id: 'actor-3', givenName: 'Quill', familyName: 'Vargdotter' };
const GORSE = { id: 'actor-4', givenName: 'Gorse', familyName: 'Rävsson' };
const PEOPLE = [FLINT, QUILL, GORSE];
const MEMBERS = [{ id: 'p-1' }, { id: 'p-2' }];
const conflict = (id: string, otherPersonId: string | null, closed = false) => ({
  __typename: 'PersonalConflict',
  id,
  personId: 'p-1',
  otherPersonId,
  kind: 'THREAT',
  personRole: 'UNKNOWN',
  otherRole: 'UNKNOWN',
  scope: 'SAME_MUNICIPALITY',
  reason: null,
  reviewDue: null,
  recordedAt: '2025-01-01T00:00:00Z',
  closure: closed ? { __typename: 'RecordClosure', closedAt: '2026-01-01T00:00:00Z', closedBy: 'x', reason: 'Avslutad' } : null,
});
// Nova: an open conflict with Quill, a closed one with Gorse, one whose other side is hidden; Ebbe: Flint again.
const CONFLICTS: Record<string, unknown[]> = {
  'p-1': [conflict('c-1', QUILL.id), conflict('c-2', GORSE.id, true), conflict('c-3', null)],
  'p-2': [conflict('c-4', FLINT.id)],
};
const OPEN = {
  __typename: 'KnownLocation',
  id: 'kl-1',
  personId: 'actor-1',
  municipalityCode: '1283',
  validFrom: '2024-01-01',
  validTo: null,
  closure: null,
};
const CLOSED = {
  ...OPEN,
  id: 'kl-2',
  municipalityCode: '1280',
  closure: { __typename: 'RecordClosure', closedAt: '2026-03-01T10:00:00Z', closedBy: 'officer-7', reason: 'Flyttade utomlands' },
};

const nameOf = (operation: Operation) => (operation.query.definitions[0] as { name?: { value: string } }).name?.value;

function responder(close: (variables: Record<string, unknown>) => CannedResult = () => ({ data: null })) {
  let closure: unknown = null;
  return (operation: Operation): CannedResult => {
    const variables = (operation.variables ?? {}) as Record<string, unknown>;
    switch (nameOf(operation)) {
      case 'KnownLocationMunicipalities':
        return {
          data: {
            municipalities: [
              { __typename: 'Municipality', code: '1283', name: 'Helsingborg' },
              { __typename: 'Municipality', code: '1280', name: 'Malmö' },
            ],
          },
        };
      case 'PersonalConflicts':
        return { data: { personalConflicts: CONFLICTS[variables.personId as string] ?? [] } };
      case 'KnownLocations': {
        const found = PEOPLE.find((p) => p.id === variables.personId);
        if (!found) return { errors: [{ message: 'Person not found', extensions: { code: 'NOT_FOUND' } }] };
        const person = { __typename: 'Person', ...found };
        if (found !== FLINT) return { data: { person, knownLocations: [] } };
        return { data: { person, knownLocations: [{ ...OPEN, closure }, CLOSED] } };
      }
      case 'CloseKnownLocation': {
        const answer = close(variables);
        if (!answer.errors) closure = (answer.data as { closeKnownLocation: { closure: unknown } }).closeKnownLocation.closure;
        return answer;
      }
      default:
        return { data: null };
    }
  };
}

const closedAnswer = (variables: Record<string, unknown>): CannedResult => ({
  data: {
    closeKnownLocation: {
      __typename: 'KnownLocation',
      id: variables.id,
      closure: { __typename: 'RecordClosure', closedAt: '2026-05-01T08:00:00Z', closedBy: 'me', reason: variables.reason },
    },
  },
});

describe('known locations on the case page', () => {
  it("lists the actors' and open conflicts' parties once each, open and closed locations by name, with who closed one and why", async () => {
    const { client } = cannedClient(responder());
    renderWithProviders(<KnownLocations actors={[FLINT, HIDDEN]} members={MEMBERS} />, { client });
    const table = await screen.findByRole('table', { name: 'Known locations of Flint Skuggberg' });
    const open = within(table).getByRole('row', { name: /Helsingborg/ });
    expect(open.textContent).toContain('Open');
    expect(open.textContent).toContain('until further notice');
    const closed = within(table).getByRole('row', { name: /Malmö/ });
    expect(closed.textContent).toContain('Closed');
    expect(closed.textContent).toContain('by officer-7: Flyttade utomlands');
    expect(within(closed).queryByRole('button')).toBeNull();
    expect(await screen.findByText('Quill Vargdotter: no known locations.')).toBeTruthy();
    // Flint (an actor and a conflict party) is listed once; Gorse's conflict is closed; Hemlock is not the caller's to see.
    expect(screen.getAllByRole('table')).toHaveLength(1);
    expect(document.body.textContent).not.toMatch(/Gorse|Hemlock/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when there is nobody whose locations the caller may see', async () => {
    const { client } = cannedClient(responder());
    renderWithProviders(<KnownLocations actors={[]} members={[{ id: 'p-9' }]} />, { client });
    expect(await screen.findByText('No threat actor or conflict party that you can see.')).toBeTruthy();
  });

  it('refuses a closing without a reason, without asking the API, then closes with the reason given', async () => {
    const { client, operations } = cannedClient(responder(closedAnswer));
    const user = userEvent.setup();
    renderWithProviders(<KnownLocations actors={[FLINT]} members={[]} />, { client });
    await user.click(await screen.findByRole('button', { name: 'Close the known location Helsingborg of Flint Skuggberg' }));
    const form = screen.getByRole('form', { name: 'Close the known location Helsingborg of Flint Skuggberg' });
    const reason = within(form).getByRole('textbox', { name: 'Why is the known location closed?' });
    expect(document.activeElement).toBe(reason);
    await user.type(reason, '  a ');
    await user.click(within(form).getByRole('button', { name: 'Close known location' }));
    expect(within(form).getByText('Write at least 3 characters.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(operations.some((o) => o.kind === 'mutation')).toBe(false);

    await user.clear(reason);
    await user.type(reason, ' Lämnade Helsingborg enligt underrättelse ');
    await user.click(within(form).getByRole('button', { name: 'Close known location' }));
    expect((await screen.findByRole('status')).textContent).toBe('The known location Helsingborg of Flint Skuggberg is closed.');
    expect(operations.filter((o) => o.kind === 'mutation').map((o) => o.variables)).toEqual([
      { id: 'kl-1', reason: 'Lämnade Helsingborg enligt underrättelse' },
    ]);
    expect(screen.queryByRole('form')).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('row', { name: /Helsingborg/ }).textContent).toContain('Lämnade Helsingborg enligt underrättelse'),
    );
    expect(screen.queryByRole('button', { name: /Close the known location/ })).toBeNull();
  });

  it("shows the API's refusal in words and keeps the form open", async () => {
    const { client } = cannedClient(
      responder(() => ({ errors: [{ message: 'The known location is already closed', extensions: { code: 'BAD_USER_INPUT' } }] })),
    );
    const user = userEvent.setup();
    renderWithProviders(<KnownLocations actors={[FLINT]} members={[]} />, { client });
    await user.click(await screen.findByRole('button', { name: 'Close the known location Helsingborg of Flint Skuggberg' }));
    const form = screen.getByRole('form', { name: 'Close the known location Helsingborg of Flint Skuggberg' });
    await user.type(within(form).getByRole('textbox'), 'Inte längre aktuell');
    await user.click(within(form).getByRole('button', { name: 'Close known location' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('The known location is already closed');
    expect(screen.getByRole('form')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('cancels back to the button that opened the form, and reads in Swedish', async () => {
    const { client, operations } = cannedClient(responder(closedAnswer));
    const user = userEvent.setup();
    renderWithProviders(<KnownLocations actors={[FLINT]} members={[]} />, { client, language: 'sv' });
    expect(await screen.findByRole('heading', { name: 'Kända vistelseorter för hotaktörer och konfliktparter' })).toBeTruthy();
    const open = await screen.findByRole('button', { name: 'Avsluta den kända vistelseorten Helsingborg för Flint Skuggberg' });
    open.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Varför avslutas vistelseorten?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(open);
    expect(operations.some((o) => o.kind === 'mutation')).toBe(false);
  });
});
