import { describe, expect, it } from '@jest/globals';
import { buildNextEvent } from '@registry/audit';
import { AUDIT_CSV_HEADER, ERASED_CELL, auditCsvLine, csvCell, csvLine } from './audit-csv.js';

describe('audit CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    [null, ''],
    [42, '42'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=1+2', "'=1+2"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
  ])('%p is written %p', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('lines end in CRLF, and the header names the columns', () => {
    expect(csvLine(['a', null, 1])).toBe('a,,1\r\n');
    expect(AUDIT_CSV_HEADER).toBe('seq,at,actor,roles,action,resourceType,resourceId,purpose,outcome,hash\r\n');
  });
});

describe('audit CSV lines', () => {
  const event = buildNextEvent(null, {
    at: '2026-01-02T03:04:05.678Z',
    actor: 'officer-1',
    roles: ['POLICE_REGIONAL'],
    scope: 'SYD',
    action: 'case',
    resourceType: 'case',
    resourceId: 'c-1',
    purpose: 'Ärende 1',
    outcome: 'ok',
    requestId: 'r-1',
    clientAddress: '10.0.0.1',
  });

  it('shows the personal fields while they are kept, and "(erased)" once the retention job erased them', () => {
    expect(auditCsvLine(event)).toContain(',officer-1,POLICE_REGIONAL,case,case,c-1,Ärende 1,ok,');
    const erased = { ...event, actor: '', purpose: null, clientAddress: null, personal: { ...event.personal!, salt: null } };
    expect(auditCsvLine(erased)).toBe(
      `1,2026-01-02T03:04:05.678Z,${ERASED_CELL},POLICE_REGIONAL,case,case,c-1,${ERASED_CELL},ok,${event.hash}\r\n`,
    );
  });
});
