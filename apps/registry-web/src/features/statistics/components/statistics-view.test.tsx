import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cannedClient, renderWithProviders } from '../../../test/render';
import { lastTwelveMonths, StatisticsView } from './statistics-view';

const shown = (value: number | null) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };
const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
const REGIONS = ['NORD', 'MITT', 'STOCKHOLM', 'OST', 'VAST', 'SYD', 'BERGSLAGEN'];

function table(measure: string, category: string | null = null) {
  return {
    measure,
    category,
    unit: measure === 'PROPOSAL_TO_PLACEMENT_DAYS' ? 'MEDIAN_DAYS' : 'COUNT',
    columns: months,
    rows: REGIONS.map((label) => ({
      label,
      cells: months.map((m) => (m === '2025-03' && (label === 'STOCKHOLM' || label === 'SYD' || label === 'NORD') ? hidden : shown(0))),
      total: label === 'MITT' ? shown(0) : hidden,
    })),
    columnTotals: months.map((m) => (m === '2025-03' ? shown(14) : m === '2025-04' ? hidden : shown(0))),
    grandTotal: shown(15),
    threshold: 5,
    asOf: '2026-11-30T08:00:00Z',
    source: 'registry_case: region, opened_at',
  };
}

const answer = { data: { statistics: [table('CASES_OPENED'), table('PLACEMENTS'), table('FLAGS_BY_CODE', 'CO_PLACEMENT')] } };

describe('statistics page', () => {
  it('opens on the twelve months that have ended, across a year end too', () => {
    expect(lastTwelveMonths(new Date(2026, 10, 30))).toEqual({ from: '2025-11', to: '2026-10' });
    expect(lastTwelveMonths(new Date(2026, 0, 1))).toEqual({ from: '2025-01', to: '2025-12' });
  });

  it('shows each table with suppressed figures as "–" and says why', async () => {
    const { client, operations } = cannedClient(() => answer);
    renderWithProviders(<StatisticsView initialPeriod={{ from: '2025-01', to: '2025-12' }} />, { client });
    const opened = await screen.findByRole('table', { name: /Cases opened/ });
    const stockholm = within(opened).getByRole('row', { name: /Stockholm/ });
    expect(within(stockholm).getAllByTitle('hidden: too few to show').length).toBeGreaterThanOrEqual(1);
    expect(within(opened).getByRole('row', { name: /All regions/ }).textContent).toContain('14');
    expect(screen.getByRole('heading', { name: 'Why some figures are “–”' })).toBeTruthy();
    expect(screen.getByText(/A figure from 1 to 4 could point at a person/)).toBeTruthy();
    expect(operations[0]?.variables).toEqual({ period: { from: '2025-01', to: '2025-12' } });
    // the source and the as-of time go with every table
    expect(within(opened).getByText(/Figures as of/)).toBeTruthy();
    expect(screen.getAllByText('registry_case: region, opened_at').length).toBe(3);
    // rows and columns by name, the codes kept in the markup
    expect(within(opened).getByRole('rowheader', { name: 'Väst' }).querySelector('[data-code="VAST"]')).not.toBeNull();
    const march = within(opened).getByRole('columnheader', { name: 'Mar 2025' });
    expect(march.querySelector('time')?.getAttribute('dateTime')).toBe('2025-03');
    // the year is written out on the first month only (and on January); a screen reader hears it on each
    expect(march.querySelector('.visually-hidden')?.textContent).toBe(' 2025');
    expect(within(opened).getByRole('columnheader', { name: 'Jan 2025' }).querySelector('.visually-hidden')).toBeNull();
    // the table scrolls in its own region, named by its caption, reachable by keyboard
    const region = screen.getByRole('region', { name: /Cases opened/ });
    expect(region.getAttribute('tabindex')).toBe('0');
  });

  it('folds each split measure into a section of its own, its tables named by category, in Swedish too', async () => {
    const split = {
      data: {
        statistics: [
          table('PLACEMENTS'),
          table('HOUSING_TYPES', 'PROTECTED_HOUSING'),
          table('HOUSING_TYPES', 'HVB'),
          table('CLOSURES_BY_REASON', 'THREAT_ENDED'),
          table('FOLLOW_UP_OUTCOMES', 'NOT_REACHED'),
        ],
      },
    };
    const { client } = cannedClient(() => split);
    const { unmount } = renderWithProviders(<StatisticsView initialPeriod={{ from: '2025-01', to: '2025-12' }} />, { client });
    const housing = (await screen.findByText('Placements by housing type')).closest('details')!;
    expect(
      within(housing)
        .getAllByRole('table')
        .map((t) => t.querySelector('caption')?.firstChild?.textContent),
    ).toEqual(['Placements made: Protected housing', 'Placements made: Residential care home (HVB)']);
    expect(
      screen
        .getByRole('table', { name: /Cases closed: Threat ended/ })
        .closest('details')
        ?.querySelector('summary')?.textContent,
    ).toBe('Cases closed, by closure reason');
    expect(screen.getByRole('table', { name: /Follow-ups recorded: Could not be reached/ })).toBeTruthy();
    // the unsplit table stays outside the sections
    expect(screen.getByRole('table', { name: /^Placements made(?!:)/ }).closest('details')).toBeNull();
    unmount();
    renderWithProviders(<StatisticsView initialPeriod={{ from: '2025-01', to: '2025-12' }} />, { client, language: 'sv' });
    expect(await screen.findByRole('table', { name: /Genomförda placeringar: Skyddat boende/ })).toBeTruthy();
    expect(screen.getByText('Placeringar per boendeform')).toBeTruthy();
  });

  it('draws a bar per month and no bar for a suppressed month', async () => {
    const { client } = cannedClient(() => answer);
    renderWithProviders(<StatisticsView initialPeriod={{ from: '2025-01', to: '2025-12' }} />, { client });
    const chart = await screen.findByRole('img', { name: /Cases opened/ });
    expect(chart.querySelector('rect[data-month="2025-03"]')).not.toBeNull();
    expect(chart.querySelector('rect[data-month="2025-04"]')).toBeNull();
    expect(chart.querySelectorAll('[data-suppressed]').length).toBe(1);
    expect(chart.querySelector('desc')?.textContent).toContain('April 2025: hidden');
  });

  it('says a period with nothing in it is empty instead of drawing an empty chart', async () => {
    const zero = (measure: string) => ({
      ...table(measure),
      rows: REGIONS.map((label) => ({ label, cells: months.map(() => shown(0)), total: shown(0) })),
      columnTotals: months.map(() => shown(0)),
      grandTotal: shown(0),
    });
    const { client } = cannedClient(() => ({ data: { statistics: [zero('CASES_OPENED'), zero('PLACEMENTS')] } }));
    renderWithProviders(<StatisticsView initialPeriod={{ from: '2025-01', to: '2025-12' }} />, { client });
    expect(await screen.findByText('Nothing was recorded in this period: every figure below is zero.')).toBeTruthy();
    expect(screen.queryByRole('img', { name: /Cases opened/ })).toBeNull();
    expect(screen.getByText('Cases opened: nothing in this period, so there is no chart.')).toBeTruthy();
  });

  it('asks again for the period the user chooses, in Swedish too', async () => {
    const { client, operations } = cannedClient(() => answer);
    const user = userEvent.setup();
    renderWithProviders(<StatisticsView initialPeriod={{ from: '2025-01', to: '2025-12' }} />, { client, language: 'sv' });
    await screen.findByRole('table', { name: /Öppnade ärenden/ });
    const from = screen.getByLabelText('Från månad');
    await user.clear(from);
    await user.type(from, '2025-02');
    await user.click(screen.getByRole('button', { name: 'Visa statistik' }));
    await waitFor(() => expect(operations.at(-1)?.variables).toEqual({ period: { from: '2025-02', to: '2025-12' } }));
  });
});
