import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cannedClient, renderWithProviders } from '../../../test/render';
import { ActualAreasSection } from './actual-areas-section';

const DEFECTOR = { id: 'p-1', givenName: 'Adam', familyName: 'Avhoppsson' };
const SISTER = { id: 'p-2', givenName: 'Siv', familyName: 'Avhoppsson' };
const AREA = {
  __typename: 'ActualArea',
  id: 'a-1',
  personId: 'p-1',
  municipalityCode: '2480',
  kind: 'LIVES',
  confidence: 'POSSIBLE',
  validFrom: '2026-01-01',
  validTo: null,
  sourceNote: 'Spaning',
  ended: false,
};

function respond(operation: { query: { definitions: readonly unknown[] }; variables?: Record<string, unknown> }) {
  const name = (operation.query.definitions[0] as { name?: { value: string } }).name?.value;
  if (name === 'MunicipalityNames')
    return {
      data: {
        municipalities: [
          { __typename: 'Municipality', code: '2480', name: 'Umeå' },
          { __typename: 'Municipality', code: '1280', name: 'Malmö' },
        ],
      },
    };
  if (name === 'ActualAreas') return { data: { actualAreas: operation.variables?.personId === 'p-1' ? [AREA] : [] } };
  if (name === 'AddActualArea') return { data: { addActualArea: { ...AREA, id: 'a-2', ...(operation.variables?.input as object) } } };
  return { data: null };
}

describe('actual areas on the case page', () => {
  it("lists each member's areas by municipality name, with kind and confidence in words", async () => {
    const { client } = cannedClient(respond as never);
    renderWithProviders(<ActualAreasSection persons={[DEFECTOR, SISTER]} />, { client });
    const table = await screen.findByRole('table', { name: 'Actual areas: Adam Avhoppsson' });
    const row = within(table).getByRole('row', { name: /Umeå/ });
    expect(row.textContent).toContain('Lives there');
    expect(row.textContent).toContain('Possible (unconfirmed)');
    expect(row.textContent).toContain('until further notice');
    expect(await screen.findByText('No actual areas recorded for Siv Avhoppsson.')).toBeTruthy();
  });

  it('refuses an incomplete form without asking the API, then sends what was chosen', async () => {
    const { client, operations } = cannedClient(respond as never);
    const user = userEvent.setup();
    renderWithProviders(<ActualAreasSection persons={[DEFECTOR, SISTER]} />, { client });
    await user.click(screen.getByText('Add an actual area'));
    await user.click(screen.getByRole('button', { name: 'Add area' }));
    expect(screen.getByText('Choose the municipality.')).toBeTruthy();
    expect(operations.some((o) => o.kind === 'mutation')).toBe(false);

    await user.selectOptions(screen.getByLabelText('Household member'), 'p-2');
    await waitFor(() => expect(screen.getAllByRole('option', { name: 'Malmö (1280)' }).length).toBe(1));
    await user.selectOptions(screen.getByLabelText('Municipality'), '1280');
    await user.selectOptions(screen.getByLabelText('Kind'), 'WORKS_OR_STUDIES');
    await user.selectOptions(screen.getByLabelText('Confidence'), 'PROBABLE');
    await user.clear(screen.getByLabelText('Valid from'));
    await user.type(screen.getByLabelText('Valid from'), '2026-02-01');
    await user.click(screen.getByRole('button', { name: 'Add area' }));
    await screen.findByRole('status');
    const sent = operations.find((o) => o.kind === 'mutation');
    expect(sent?.variables).toEqual({
      input: {
        personId: 'p-2',
        municipalityCode: '1280',
        kind: 'WORKS_OR_STUDIES',
        confidence: 'PROBABLE',
        validFrom: '2026-02-01',
        validTo: null,
        sourceNote: null,
      },
    });
  });

  it('reads in Swedish', async () => {
    const { client } = cannedClient(respond as never);
    renderWithProviders(<ActualAreasSection persons={[DEFECTOR]} />, { client, language: 'sv' });
    expect(await screen.findByRole('heading', { name: 'Var hushållet faktiskt vistas' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Faktiska vistelseområden: Adam Avhoppsson' });
    expect(within(table).getByRole('row', { name: /Umeå/ }).textContent).toContain('Bor där');
  });
});
