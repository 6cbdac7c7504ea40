import { describe, expect, it } from '@jest/globals';
import { AUDIT_CSV_HEADER, csvCell, csvLine } from './audit-csv.js';

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
