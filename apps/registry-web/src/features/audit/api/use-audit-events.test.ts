import { describe, expect, it } from 'vitest';
import { exportHref } from './use-audit-events';

describe('CSV export link', () => {
  it('carries the current filters, and only those set', () => {
    expect(exportHref({})).toBe('/audit/export.csv');
    expect(
      exportHref({
        actor: 'demo-auditor',
        action: 'rankDestinations',
        resourceId: 'b0db8415',
        from: '2026-11-01T00:00:00.000Z',
        to: '2026-11-30T23:59:00.000Z',
        refusedOnly: true,
      }),
    ).toBe(
      '/audit/export.csv?actor=demo-auditor&action=rankDestinations&resourceId=b0db8415&from=2026-11-01T00%3A00%3A00.000Z&to=2026-11-30T23%3A59%3A00.000Z&refusedOnly=true',
    );
  });
});
