import { describe, expect, it } from 'vitest';
import {
  attendanceBadge,
  attendanceBody,
  attendanceOpen,
  attendanceRows,
  attendanceSummary,
  checkAttendance,
  checkWhen,
  reportDue,
  rowOfSentIndex,
  visitBadge,
  whenLabel,
  type AttendanceRow,
} from './guidance';
import type { AttendanceEntry } from './guidanceApi';

function entry(id: number, status: AttendanceEntry['status'], reason = ''): AttendanceEntry {
  return {
    student: { id, name: `Student ${id}` },
    status,
    status_name: '',
    reason,
    recorded_at: null,
    recorded_by: null,
  };
}

describe('moments', () => {
  it('shows when as a Flemish day with start and end', () => {
    expect(whenLabel({ date: '2026-10-12', start: '10:00', end: '11:30' })).toBe('ma 12/10/2026, 10:00–11:30');
  });

  it('sums up the attendance in words', () => {
    expect(
      attendanceSummary({ attendance: [entry(1, 'present'), entry(2, 'present'), entry(3, 'excused', 'Ziek'), entry(4, null)] }),
    ).toBe('2 aanwezig, 1 gewettigd afwezig, 1 nog niet geregistreerd');
    expect(attendanceSummary({ attendance: [] })).toBe('Geen studenten');
  });

  it('names every status, never by colour alone', () => {
    expect(attendanceBadge('present')).toEqual({ label: 'Aanwezig', kind: 'ok' });
    expect(attendanceBadge('excused').label).toBe('Gewettigd afwezig');
    expect(attendanceBadge('absent').label).toBe('Afwezig');
    expect(attendanceBadge(null).label).toBe('Nog niet geregistreerd');
  });

  it('opens attendance from the day of the moment', () => {
    expect(attendanceOpen({ date: '2026-10-12' }, '2026-10-11')).toBe(false);
    expect(attendanceOpen({ date: '2026-10-12' }, '2026-10-12')).toBe(true);
  });
});

describe('the attendance form', () => {
  const rows: AttendanceRow[] = [
    { student_id: 1, status: '', reason: '' },
    { student_id: 2, status: 'excused', reason: '  ' },
    { student_id: 3, status: 'present', reason: 'vergeten' },
  ];

  it('starts from what is recorded', () => {
    expect(attendanceRows({ attendance: [entry(1, null), entry(2, 'excused', 'Ziek')] })).toEqual([
      { student_id: 1, status: '', reason: '' },
      { student_id: 2, status: 'excused', reason: 'Ziek' },
    ]);
  });

  it('needs a reason for an excused absence, numbered like the rows sent', () => {
    expect(checkAttendance(rows)).toEqual({ 'attendance[0].reason': 'Geef de reden van de gewettigde afwezigheid.' });
    expect(checkAttendance([{ student_id: 2, status: 'excused', reason: 'Ziek' }])).toEqual({});
  });

  it('sends only rows with a status, a reason only with an excuse', () => {
    expect(attendanceBody(rows)).toEqual([
      { student_id: 2, status: 'excused', reason: '' },
      { student_id: 3, status: 'present' },
    ]);
    expect(rowOfSentIndex(rows, 0)).toBe(1);
    expect(rowOfSentIndex(rows, 1)).toBe(2);
    expect(rowOfSentIndex(rows, 2)).toBe(-1);
  });
});

describe('visits', () => {
  it('names the state and says when a report is due', () => {
    expect(visitBadge('planned').label).toBe('Gepland');
    expect(visitBadge('reported')).toEqual({ label: 'Verslag geschreven', kind: 'ok' });
    expect(visitBadge('cancelled').label).toBe('Geannuleerd');
    expect(reportDue({ state: 'planned', date: '2026-10-12' }, '2026-10-12')).toBe(true);
    expect(reportDue({ state: 'planned', date: '2026-10-13' }, '2026-10-12')).toBe(false);
    expect(reportDue({ state: 'reported', date: '2026-10-01' }, '2026-10-12')).toBe(false);
  });
});

describe('day and time', () => {
  it('needs a day, a start and a whole number of minutes', () => {
    expect(checkWhen('2026-10-12', '10:00', '60')).toEqual({});
    expect(Object.keys(checkWhen('', '', '1,5'))).toEqual(['date', 'start', 'duration_minutes']);
  });
});
