import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cannedClient, type CannedResult } from '../../../test/render';
import { renderWithProviders } from '../../../test/render';
import { ClearanceCheck } from './clearance-check';
import { DestinationQuestion } from './destination-question';

async function check(reference: string, answer: CannedResult, language: 'en' | 'sv' = 'en') {
  const { client, operations } = cannedClient(() => answer);
  const user = userEvent.setup();
  renderWithProviders(<ClearanceCheck />, { client, language });
  await user.type(screen.getByRole('textbox', { name: language === 'en' ? 'Clearance reference' : 'Klareringsreferens' }), reference);
  await user.click(screen.getByRole('button', { name: language === 'en' ? 'Check' : 'Kontrollera' }));
  return { operations };
}

function answerText() {
  return document.querySelector('.answer-region')?.textContent;
}

describe('clearance check', () => {
  it('answers "Cleared" and nothing more', async () => {
    const { operations } = await check('CLR-abc', { data: { clearance: { cleared: true } } });
    await waitFor(() => expect(answerText()).toBe('Cleared'));
    expect(operations[0]?.variables).toEqual({ reference: 'CLR-abc' });
    // only the verdict is ever asked for
    expect(operations[0]?.query.loc?.source.body ?? '').not.toMatch(/housingType|startDate|validUntil|municipality/);
  });

  it('answers "Not cleared" when the checker no longer clears it', async () => {
    await check('CLR-abc', { data: { clearance: { cleared: false } } });
    await waitFor(() => expect(answerText()).toBe('Not cleared'));
  });

  it('answers "Not cleared", and nothing about why, for an unknown reference', async () => {
    await check('CLR-unknown', { data: { clearance: null } });
    await waitFor(() => expect(answerText()).toBe('Not cleared'));
  });

  it('answers "Not cleared" for NOT_FOUND too, with no error shown', async () => {
    await check('CLR-unknown', { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
    await waitFor(() => expect(answerText()).toBe('Not cleared'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says what went wrong for other errors, without an answer', async () => {
    await check('CLR-abc', { errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED' } }] });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Too many requests in a short time. Wait a little and try again.'),
    );
    expect(answerText()).toBe('');
  });

  it('answers in Swedish', async () => {
    await check('CLR-abc', { data: { clearance: { cleared: true } } }, 'sv');
    await waitFor(() => expect(answerText()).toBe('Klarerad'));
  });

  it('asks for a reference before asking the registry', async () => {
    const { client, operations } = cannedClient(() => ({ data: { clearance: { cleared: true } } }));
    const user = userEvent.setup();
    renderWithProviders(<ClearanceCheck />, { client });
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('Enter the clearance reference.')).toBeTruthy();
    expect(operations).toHaveLength(0);
  });
});

describe("the home municipality's destination question", () => {
  function setup(answer: CannedResult) {
    const { client, operations } = cannedClient((operation) =>
      operation.query.definitions.some((definition) => 'name' in definition && definition.name?.value === 'MunicipalityNames')
        ? {
            data: {
              municipalities: [
                { code: '2080', name: 'Falun' },
                { code: '1780', name: 'Karlstad' },
              ],
            },
          }
        : answer,
    );
    renderWithProviders(<DestinationQuestion />, { client });
    return { operations };
  }

  async function ask() {
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Case reference' }), 'AVH-2026-000004');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Destination municipality' }), '2080');
    await user.click(screen.getByRole('button', { name: 'Ask' }));
  }

  it('answers Cleared or Not cleared', async () => {
    const { operations } = setup({ data: { destinationCleared: { cleared: false } } });
    await ask();
    await waitFor(() => expect(document.querySelector('.answer-region')?.textContent).toBe('Not cleared'));
    expect(operations.at(-1)?.variables).toEqual({ caseReference: 'AVH-2026-000004', municipalityCode: '2080' });
  });

  it('explains RATE_LIMITED in plain words', async () => {
    setup({ errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED' } }] });
    await ask();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/most destinations allowed for this case in 24 hours/));
    expect(document.querySelector('.answer-region')?.textContent).toBe('');
  });
});
