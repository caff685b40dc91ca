import { describe, expect, it } from 'vitest';
import { firstName, formatDate, formatDateTime, formatNumber, formatTime } from './format';

describe('nl-BE date formatting in Brussels time', () => {
  it('shows a winter UTC timestamp one hour later, as dd/mm/jjjj HH:MM', () => {
    expect(formatDateTime('2026-11-28T13:55:49Z')).toBe('28/11/2026 14:55');
  });

  it('shows a summer UTC timestamp two hours later', () => {
    expect(formatDateTime('2026-07-01T12:00:00Z')).toBe('01/07/2026 14:00');
  });

  it('moves late-evening UTC to the next day in Brussels', () => {
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('01/01/2027');
  });

  it('uses 24-hour time with leading zeros', () => {
    expect(formatTime('2026-01-05T07:04:00Z')).toBe('08:04');
    expect(formatTime('2026-01-05T22:59:00Z')).toBe('23:59');
  });

  it('shows midnight as 00, not 24', () => {
    expect(formatTime('2026-01-05T23:00:00Z')).toBe('00:00');
  });

  it('follows the switch to summer time', () => {
    expect(formatDateTime('2026-03-29T00:30:00Z')).toBe('29/03/2026 01:30');
    expect(formatDateTime('2026-03-29T01:30:00Z')).toBe('29/03/2026 03:30');
  });

  it('returns unparseable input unchanged', () => {
    expect(formatDateTime('geen datum')).toBe('geen datum');
  });
});

describe('nl-BE numbers', () => {
  it('uses a decimal comma and a dot for thousands', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(7.5, 1)).toBe('7,5');
    expect(formatNumber(7, 2)).toBe('7,00');
  });
});

describe('first name', () => {
  it('takes the first word of the full name', () => {
    expect(firstName('Lotte Peeters')).toBe('Lotte');
    expect(firstName('  An  Van den Broeck ')).toBe('An');
    expect(firstName('')).toBe('');
  });
});
