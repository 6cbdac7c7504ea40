import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Operation } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { cannedClient, renderWithProviders, type CannedResult } from '../../../test/render';
import { BreachReviewsSection } from './breach-reviews-section';

function review(id: string, caseId: string, caseReference: string, conditionKind: string, note: string | null) {
  return {
    __typename: 'ConditionReview',
    id,
    caseId,
    caseReference,
    conditionId: `condition-${id}`,
    conditionKind,
    notify: ['RESPONSIBLE_OFFICER', 'CONTACT_OFFICER'],
    raisedAt: '2026-11-27T10:00:00Z',
    closedAt: null,
    breach: {
      __typename: 'ConditionCompliance',
      id: `breach-${id}`,
      compliance: 'BREACHED',
      observedOn: '2026-11-26',
      note,
      recordedBy: 'officer-b',
    },
  };
}

const AREA = review('r1', 'case-1', 'AVH-STO-0001', 'STAY_AWAY_FROM_AREA', 'Seen in the home area on a weekend');
const TESTS = review('r2', 'case-2', 'AVH-STO-0002', 'DRUG_TESTS', null);

function nameOf(operation: Operation): string | undefined {
  return (operation.query.definitions[0] as { name?: { value: string } }).name?.value;
}

/** An API whose open reviews are `open`; closing one takes it out, unless `refuse` answers instead. */
function api(open: ReturnType<typeof review>[], refuse?: CannedResult) {
  let current = [...open];
  return cannedClient((operation) => {
    if (nameOf(operation) === 'OpenConditionReviews') return { data: { conditionReviews: current } };
    if (nameOf(operation) === 'CloseConditionReview') {
      if (refuse) return refuse;
      const id = operation.variables?.reviewId as string;
      current = current.filter((r) => r.id !== id);
      return { data: { closeConditionReview: { __typename: 'ConditionReview', id, closedAt: '2026-11-30T12:00:00Z' } } };
    }
    return { data: null };
  });
}

describe('breach reviews awaiting a decision (/alerts)', () => {
  it('lists each open review with its case as a link, the condition, what was recorded and when it was raised', async () => {
    const { client } = api([AREA, TESTS]);
    renderWithProviders(<BreachReviewsSection />, { client });
    const section = screen.getByRole('region', { name: 'Breach reviews awaiting a decision' });
    const area = await within(section).findByRole('article', { name: /Stay away from areas/ });
    expect(within(area).getByRole('link', { name: 'Case AVH-STO-0001' }).getAttribute('href')).toBe('/cases/case-1');
    expect(within(area).getByText('Breached')).toBeTruthy();
    expect(area.textContent).toContain('Seen in the home area on a weekend');
    expect(area.textContent).toContain('officer-b');
    expect(area.textContent).toContain('Responsible officer, Contact officer');
    expect(within(area).getByText('Review raised')).toBeTruthy();
    const tests = within(section).getByRole('article', { name: /Drug tests/ });
    expect(within(tests).getByRole('link', { name: 'Case AVH-STO-0002' }).getAttribute('href')).toBe('/cases/case-2');
    expect(within(section).getAllByRole('button', { name: 'Close review' })).toHaveLength(2);
  });

  it('says so when nothing awaits, in Swedish too', async () => {
    renderWithProviders(<BreachReviewsSection />, { client: api([]).client });
    expect(await screen.findByText('No breach reviews await a decision.')).toBeTruthy();
    renderWithProviders(<BreachReviewsSection />, { client: api([]).client, language: 'sv' });
    expect(screen.getByRole('heading', { name: 'Granskningar av brott som väntar på beslut' })).toBeTruthy();
    expect(await screen.findByText('Inga granskningar av brott väntar på beslut.')).toBeTruthy();
  });

  it('closes a review only with a decision; the mutation is sent and the review leaves the list', async () => {
    const { client, operations } = api([AREA, TESTS]);
    const user = userEvent.setup();
    renderWithProviders(<BreachReviewsSection />, { client });
    const area = await screen.findByRole('article', { name: /Stay away from areas/ });
    await user.click(within(area).getByRole('button', { name: 'Close review' }));
    const form = within(area).getByRole('form', { name: 'Close the review of Stay away from areas in case AVH-STO-0001' });
    await user.click(within(form).getByRole('button', { name: 'Close review' }));
    expect(within(form).getByText('Write at least 3 characters.')).toBeTruthy();
    expect(operations.some((o) => o.kind === 'mutation')).toBe(false);

    await user.type(within(form).getByRole('textbox', { name: 'Decision' }), 'Talked it through, warned');
    // A reason may run to several lines: Enter writes a new one, and the button is one Tab away.
    await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('The review of Stay away from areas in case AVH-STO-0001 is closed.'),
    );
    const sent = operations.filter((o) => o.kind === 'mutation');
    expect(sent.map((o) => o.variables)).toEqual([{ reviewId: 'r1', decision: 'Talked it through, warned' }]);
    expect(screen.queryByRole('article', { name: /Stay away from areas/ })).toBeNull();
    expect(screen.getByRole('article', { name: /Drug tests/ })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Breach reviews awaiting a decision' }));

    // The last one closed: the empty state.
    const tests = screen.getByRole('article', { name: /Drug tests/ });
    await user.click(within(tests).getByRole('button', { name: 'Close review' }));
    await user.type(within(tests).getByRole('textbox', { name: 'Decision' }), 'Test taken late, accepted');
    // A reason may run to several lines: Enter writes a new one, and the button is one Tab away.
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('No breach reviews await a decision.')).toBeTruthy();
  });

  it('shows a refusal at the review, keeps it listed and the decision typed', async () => {
    const refusal: CannedResult = { errors: [{ message: 'Review not found', extensions: { code: 'NOT_FOUND' } }] };
    const { client } = api([AREA], refusal);
    const user = userEvent.setup();
    renderWithProviders(<BreachReviewsSection />, { client });
    const area = await screen.findByRole('article', { name: /Stay away from areas/ });
    await user.click(within(area).getByRole('button', { name: 'Close review' }));
    await user.type(within(area).getByRole('textbox', { name: 'Decision' }), 'Talked it through');
    // A reason may run to several lines: Enter writes a new one, and the button is one Tab away.
    await user.tab();
    await user.keyboard('{Enter}');
    expect((await within(area).findByRole('alert')).textContent).toContain('Not found or not yours to see.');
    expect(screen.getByRole('article', { name: /Stay away from areas/ })).toBeTruthy();
    expect((within(area).getByRole('textbox', { name: 'Decision' }) as HTMLInputElement).value).toBe('Talked it through');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows why the list could not be read', async () => {
    const { client } = cannedClient(() => ({ errors: [{ message: 'denied', extensions: { code: 'FORBIDDEN' } }] }));
    renderWithProviders(<BreachReviewsSection />, { client });
    expect((await screen.findByRole('alert')).textContent).toContain('Your role may not do this.');
    expect(screen.queryByText('No breach reviews await a decision.')).toBeNull();
  });
});
