import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FIXED_RANKING, HOME_CODE } from '../../../test/rank-destinations.fixture';
import { renderWithProviders } from '../../../test/render';
import { toDestinations } from '../verdict';
import { DestinationsTable } from './destinations-table';

const destinations = toDestinations(FIXED_RANKING, HOME_CODE);

function municipalityColumn() {
  return within(screen.getByRole('table', { name: 'Destinations' }))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('button').textContent);
}

describe('DestinationsTable', () => {
  it('offers the same verdicts and flag codes as text, in the API order', () => {
    renderWithProviders(<DestinationsTable destinations={destinations} selected={null} onSelect={() => {}} />);
    expect(municipalityColumn()).toEqual(['Falun', 'Karlstad', 'Helsingborg', 'Malmö']);
    const row = screen.getByRole('row', { name: /Helsingborg/ });
    expect(within(row).getByText('Blocked')).toBeTruthy();
    expect(within(row).getByText('RIVAL_NETWORK_PRESENCE')).toBeTruthy();
  });

  it('sorts by name and by verdict', () => {
    renderWithProviders(<DestinationsTable destinations={destinations} selected={null} onSelect={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: /^Municipality/ }));
    expect(municipalityColumn()).toEqual(['Falun', 'Helsingborg', 'Karlstad', 'Malmö']);
    expect(screen.getByRole('columnheader', { name: /^Municipality/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /^Municipality/ }));
    expect(municipalityColumn()).toEqual(['Malmö', 'Karlstad', 'Helsingborg', 'Falun']);
    fireEvent.click(screen.getByRole('button', { name: /^Verdict/ }));
    expect(municipalityColumn()).toEqual(['Falun', 'Karlstad', 'Helsingborg', 'Malmö']);
  });

  it('selects a municipality from its row', () => {
    const onSelect = vi.fn();
    renderWithProviders(<DestinationsTable destinations={destinations} selected="1780" onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: 'Helsingborg' }));
    expect(onSelect).toHaveBeenCalledWith('1283');
    fireEvent.click(screen.getByRole('row', { name: /Falun/ }));
    expect(onSelect).toHaveBeenLastCalledWith('2080');
    expect(screen.getByRole('button', { name: 'Karlstad' }).getAttribute('aria-pressed')).toBe('true');
  });
});
