import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ComplianceGrade, ConditionKind, TeamRole } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { ConditionCard, type ConditionData } from './condition-card';

const BREACH = { __typename: 'ConditionCompliance' as const, id: 'k2', compliance: ComplianceGrade.Breached, observedOn: '2026-11-27' };

const condition: ConditionData = {
  __typename: 'Condition',
  id: 'c1',
  kind: ConditionKind.StayAwayFromArea,
  areas: [{ __typename: 'Municipality', code: '0180', name: 'Stockholm' }],
  description: 'Stay away from the former home municipality',
  breachRule: 'Any visit without leave',
  notify: [TeamRole.ResponsibleOfficer, TeamRole.ContactOfficer],
  signedOn: '2026-10-16',
  addedBy: 'officer-a',
  endedOn: null,
  endReason: null,
  currentCompliance: ComplianceGrade.Breached,
  complianceCount: 2,
  compliance: [
    {
      __typename: 'ConditionCompliance',
      id: 'k1',
      compliance: ComplianceGrade.Met,
      observedOn: '2026-11-09',
      note: null,
      recordedBy: 'officer-a',
      recordedAt: '2026-11-09T10:00:00Z',
    },
    { ...BREACH, note: 'Seen in the area', recordedBy: 'officer-b', recordedAt: '2026-11-27T10:00:00Z' },
  ],
  reviews: [
    {
      __typename: 'ConditionReview',
      id: 'r1',
      raisedAt: '2026-11-27T10:00:00Z',
      closedAt: null,
      closedBy: null,
      decision: null,
      breach: BREACH,
    },
  ],
};

describe('ConditionCard', () => {
  it('shows the grade in words, the open review, the areas, the breach rule and who is told; newest observation first', () => {
    renderWithProviders(<ConditionCard condition={condition} busy={false} onRecord={() => {}} onCloseReview={() => {}} onEnd={() => {}} />);
    const card = screen.getByRole('article', { name: /Stay away from areas/ });
    expect(within(card).getAllByText('Breached').length).toBeGreaterThan(0);
    expect(within(card).getByRole('note', { name: 'Breach under review' })).toBeTruthy();
    expect(within(card).getByText('Stockholm')).toBeTruthy();
    expect(within(card).getByText('Any visit without leave')).toBeTruthy();
    expect(within(card).getByText('Responsible officer, Contact officer')).toBeTruthy();
    const rows = within(within(card).getByRole('table')).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('Seen in the area');
    expect(rows[2]?.textContent).toContain('Met');
  });

  it('closes a review only with a decision, and by keyboard', async () => {
    const onCloseReview = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(
      <ConditionCard condition={condition} busy={false} onRecord={() => {}} onCloseReview={onCloseReview} onEnd={() => {}} />,
    );
    await user.click(screen.getByRole('button', { name: 'Close review' }));
    const form = screen.getByRole('form', { name: /Close the review/ });
    await user.click(within(form).getByRole('button', { name: 'Close review' }));
    expect(onCloseReview).not.toHaveBeenCalled();
    expect(within(form).getByText('Write at least 3 characters.')).toBeTruthy();
    await user.type(within(form).getByRole('textbox', { name: 'Decision' }), 'Talked it through');
    // A reason may run to several lines: Enter writes a new one, and the button is one Tab away.
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onCloseReview).toHaveBeenCalledWith('r1', 'Talked it through');
  });

  it('records an observation, refusing one without a grade', async () => {
    const onRecord = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<ConditionCard condition={condition} busy={false} onRecord={onRecord} onCloseReview={() => {}} onEnd={() => {}} />);
    const form = screen.getByRole('form', { name: 'Record compliance with Stay away from areas' });
    await user.click(within(form).getByRole('button', { name: 'Record compliance' }));
    expect(onRecord).not.toHaveBeenCalled();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Compliance' }), 'PARTLY');
    await user.click(within(form).getByRole('checkbox', { name: 'Ask the team to review this' }));
    await user.click(within(form).getByRole('button', { name: 'Record compliance' }));
    expect(onRecord).toHaveBeenCalledWith(expect.objectContaining({ compliance: 'PARTLY', note: null, raiseReview: true }));
  });
});
