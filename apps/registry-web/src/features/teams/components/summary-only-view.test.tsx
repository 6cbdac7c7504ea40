import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { cannedClient, renderWithProviders } from '../../../test/render';
import { SummaryOnlyView } from './summary-only-view';

const summary = {
  data: {
    caseSummary: {
      id: 'c1',
      reference: 'AVH-2026-000004',
      region: 'SYD',
      status: 'OPEN',
      access: 'SUMMARY',
      checks: [
        {
          proposalStatus: 'NOT_CLEARED',
          cleared: false,
          checkedAt: '2026-11-30T10:00:00Z',
          flags: [{ code: 'CONSENT_MISSING', severity: 'BLOCK' }],
        },
      ],
    },
  },
};

describe('a case outside the officer’s team', () => {
  it('shows the summary and asks for a reason before break-glass', async () => {
    const granted = vi.fn();
    const { client, operations } = cannedClient((operation) =>
      operation.kind === 'mutation'
        ? { data: { breakGlass: { id: 'g1', caseId: 'c1', grantedAt: '2026-11-30T10:00:00Z', expiresAt: '2026-11-30T18:00:00Z' } } }
        : summary,
    );
    const user = userEvent.setup();
    renderWithProviders(<SummaryOnlyView caseId="c1" onGranted={granted} />, { client });
    expect(await screen.findByRole('heading', { name: 'Case AVH-2026-000004', level: 1 })).toBeTruthy();
    expect(screen.getByText('CONSENT_MISSING')).toBeTruthy();
    expect(screen.getByText(/responsible officer is notified at once/)).toBeTruthy();
    const submit = screen.getByRole('button', { name: 'Open the case with emergency access' });
    await user.type(screen.getByRole('textbox', { name: 'Reason for emergency access' }), 'kort');
    await user.click(submit);
    expect(screen.getByRole('alert').textContent).toBe('Give a reason of at least 10 characters.');
    expect(operations.some((o) => o.kind === 'mutation')).toBe(false);
    await user.type(screen.getByRole('textbox', { name: 'Reason for emergency access' }), ' men akut: hot i natt');
    await user.click(submit);
    expect(operations.find((o) => o.kind === 'mutation')?.variables).toEqual({ caseId: 'c1', reason: 'kort men akut: hot i natt' });
    expect(granted).toHaveBeenCalledWith(expect.objectContaining({ expiresAt: '2026-11-30T18:00:00Z' }));
  });
});
