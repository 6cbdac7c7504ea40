import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Operation } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { cannedClient, renderWithProviders, type CannedResult } from '../../../test/render';
import { Household } from './household';

const person = (id: string, givenName: string, surveillanceHold: boolean) => ({
  __typename: 'Person' as const,
  id,
  kind: id === 'p-1' ? ('DEFECTOR' as const) : ('RELATIVE' as const),
  givenName,
  familyName: 'Demodotter',
  birthYear: 2001,
  surveillanceHold,
});
const NOVA = person('p-1', 'Nova', false);
const EBBE = person('p-2', 'Ebbe', true);
const EARLIER = { __typename: 'RecordClosure', closedAt: '2026-02-01T09:00:00Z', closedBy: 'coordinator-2', reason: 'Spaningen avslutad' };

const nameOf = (operation: Operation) => (operation.query.definitions[0] as { name?: { value: string } }).name?.value;

function responder(close: (variables: Record<string, unknown>) => CannedResult) {
  return (operation: Operation): CannedResult => {
    const variables = (operation.variables ?? {}) as Record<string, unknown>;
    if (nameOf(operation) === 'SurveillanceHoldClosures')
      return { data: { surveillanceHoldClosures: variables.personId === 'p-1' ? [EARLIER] : [] } };
    if (nameOf(operation) === 'CloseSurveillanceHold') return close(variables);
    return { data: null };
  };
}

const lifted = (variables: Record<string, unknown>): CannedResult => ({
  data: {
    closeSurveillanceHold: { __typename: 'RecordClosure', closedAt: '2026-05-01T08:00:00Z', closedBy: 'me', reason: variables.reason },
  },
});

describe('police holds in the household table', () => {
  it('shows a hold to a regional unit without a way to lift it, and asks nothing about liftings', async () => {
    const { client, operations } = cannedClient(responder(lifted));
    renderWithProviders(<Household defector={NOVA} relatives={[EBBE]} />, { client });
    const table = screen.getByRole('table', { name: 'Household' });
    expect(within(table).getByRole('row', { name: /Ebbe/ }).textContent).toContain('Yes (no reason is shown)');
    expect(within(table).queryByRole('button')).toBeNull();
    expect(operations).toEqual([]);
  });

  it('lets national coordination lift a hold only with a reason, and shows who lifted the last one and why', async () => {
    const { client, operations } = cannedClient(responder(lifted));
    const user = userEvent.setup();
    renderWithProviders(<Household defector={NOVA} relatives={[EBBE]} canLiftHolds />, { client });
    const nova = screen.getByRole('row', { name: /Nova/ });
    expect(await within(nova).findByText(/Last lifted/)).toBeTruthy();
    expect(nova.textContent).toContain('by coordinator-2: Spaningen avslutad');
    expect(within(nova).queryByRole('button')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Lift the police hold on Ebbe Demodotter' }));
    const form = screen.getByRole('form', { name: 'Lift the police hold on Ebbe Demodotter' });
    await user.click(within(form).getByRole('button', { name: 'Lift police hold' }));
    expect(within(form).getByText('Write at least 3 characters.')).toBeTruthy();
    expect(operations.some((o) => o.kind === 'mutation')).toBe(false);

    await user.type(within(form).getByRole('textbox', { name: 'Why is the hold lifted?' }), 'Förundersökningen nedlagd');
    await user.click(within(form).getByRole('button', { name: 'Lift police hold' }));
    expect((await screen.findByRole('status')).textContent).toBe('The police hold on Ebbe Demodotter is lifted.');
    expect(operations.filter((o) => o.kind === 'mutation').map((o) => o.variables)).toEqual([
      { personId: 'p-2', reason: 'Förundersökningen nedlagd' },
    ]);
    expect(screen.queryByRole('form')).toBeNull();
  });

  it("shows the API's refusal and keeps the form open", async () => {
    const { client } = cannedClient(
      responder(() => ({ errors: [{ message: 'The person has no surveillance hold to close', extensions: { code: 'BAD_USER_INPUT' } }] })),
    );
    const user = userEvent.setup();
    renderWithProviders(<Household defector={NOVA} relatives={[EBBE]} canLiftHolds />, { client, language: 'sv' });
    await user.click(screen.getByRole('button', { name: 'Häv det polisiära förbehållet för Ebbe Demodotter' }));
    const form = screen.getByRole('form', { name: 'Häv det polisiära förbehållet för Ebbe Demodotter' });
    await user.type(within(form).getByRole('textbox', { name: 'Varför hävs förbehållet?' }), 'Inte längre aktuellt');
    await user.click(within(form).getByRole('button', { name: 'Häv förbehållet nu' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('The person has no surveillance hold to close');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
