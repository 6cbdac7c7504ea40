import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { RetentionTable, type RetentionPreview } from './retention-table';

const PREVIEW: RetentionPreview = {
  asOf: '2026-11-30T10:00:00.000Z',
  job: 'daily',
  kinds: [
    { kind: 'CLOSED_CASE', retentionDays: 365, lastExpiredDay: null, expiredBefore: '2025-11-30T10:00:00.000Z', expired: 2 },
    { kind: 'ENDED_PLACEMENT', retentionDays: 365, lastExpiredDay: '2025-11-29', expiredBefore: null, expired: 0 },
    { kind: 'PRESENCE', retentionDays: 1095, lastExpiredDay: '2023-11-30', expiredBefore: null, expired: 7 },
    { kind: 'AFFILIATION', retentionDays: 1095, lastExpiredDay: '2023-11-30', expiredBefore: null, expired: 1 },
    { kind: 'AUDIT_PERSONAL', retentionDays: 1825, lastExpiredDay: null, expiredBefore: '2021-12-01T10:00:00.000Z', expired: 0 },
  ],
};

describe('RetentionTable', () => {
  it('names each kind in words and shows its days, cutoff and count as text', () => {
    renderWithProviders(<RetentionTable preview={PREVIEW} />);
    const table = screen.getByRole('table', { name: 'Retention schedule' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Closed cases', 'Ended placements', 'Network presences', 'Affiliations', 'Personal fields of audit events']);
    const presences = screen.getByRole('row', { name: /Network presences/ });
    expect(within(presences).getByText('1095 days')).toBeTruthy();
    expect(within(presences).getByText('7')).toBeTruthy();
    expect(presences.textContent).toContain('stopped being valid on or before');
    expect(screen.getByRole('row', { name: /Closed cases/ }).textContent).toContain('closed before');
    expect(screen.getByRole('row', { name: /audit events/ }).textContent).toContain('was logged before');
  });
});
