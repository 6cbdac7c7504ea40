import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cannedClient, renderWithProviders } from '../../../test/render';
import { CaseLifecycle } from './case-lifecycle';

const CASE = {
  __typename: 'Case',
  id: 'c1',
  status: 'OPEN',
  stage: 'ELIGIBLE',
  closureReason: null,
  escalated: false,
  nextStages: ['ASSESSING', 'PROPOSED'],
  history: [
    {
      id: 'h1',
      kind: 'OPENED',
      fromStage: null,
      toStage: 'REFERRED',
      closureReason: null,
      fromRegion: null,
      toRegion: null,
      actor: 'syd-officer',
      reason: 'opened the case',
      at: '2026-11-01T10:00:00Z',
    },
  ],
  followUps: [],
};

function setup(language: 'en' | 'sv' = 'en') {
  const { client, operations } = cannedClient((operation) =>
    operation.kind === 'mutation'
      ? { data: { transitionCase: { __typename: 'Case', id: 'c1', stage: 'PROPOSED', status: 'OPEN' } } }
      : { data: { case: CASE } },
  );
  renderWithProviders(<CaseLifecycle caseId="c1" />, { client, language });
  return { operations };
}

describe('case lifecycle', () => {
  it('shows the stages in the order of the work, the current one marked, and the service’s own reasons in the reader’s language', async () => {
    setup('sv');
    const steps = await screen.findByRole('list', { name: 'Ett ärendes skeden' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Aktualiserat', 'Bedöms', 'Uppfyller kriterierna', 'Förslag lämnat', 'Placerad', 'Uppföljning', 'Avslutat']);
    expect(steps.querySelector('[aria-current="step"]')?.textContent).toBe('Uppfyller kriterierna');
    expect(screen.getByRole('table', { name: 'Historik' }).textContent).toContain('Öppnade ärendet');
  });

  it('offers only the next stages the service allows, and sends nothing without a stage and a reason', async () => {
    const { operations } = setup();
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Next step' });
    const select = within(form).getByRole('combobox', { name: 'Move to' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['', 'ASSESSING', 'PROPOSED']);
    await user.click(within(form).getByRole('button', { name: 'Move' }));
    expect(within(form).getByText('Choose the stage to move to.')).toBeTruthy();
    await user.selectOptions(select, 'PROPOSED');
    await user.click(within(form).getByRole('button', { name: 'Move' }));
    expect(within(form).getByText('Write at least 3 characters.')).toBeTruthy();
    expect(operations.filter((o) => o.kind === 'mutation')).toHaveLength(0);
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), 'A proposal cleared');
    await user.click(within(form).getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(operations.filter((o) => o.kind === 'mutation')).toHaveLength(1));
    expect(operations.find((o) => o.kind === 'mutation')?.variables).toEqual({
      caseId: 'c1',
      to: 'PROPOSED',
      reason: 'A proposal cleared',
    });
  });
});
