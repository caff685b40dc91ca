// Guidance by the school (R20, R22) as the pages show it: moments and their
// attendance, visits and their state, and the browser's own checks before a
// form is sent (the server checks everything again).

import type { IsoDate } from './calendar';
import type { FieldErrors } from './fields';
import type { AttendanceStatus, GuidanceMoment, Visit } from './guidanceApi';
import type { DayBadge } from './logbook';
import { dayLabel } from './logbook';

export const ATTENDANCE_CHOICES: readonly { value: AttendanceStatus; label: string }[] = [
  { value: 'present', label: 'Aanwezig' },
  { value: 'excused', label: 'Gewettigd afwezig' },
  { value: 'absent', label: 'Afwezig' },
];

export const KIND_CHOICES = [
  { value: 'supervision', label: 'Supervisie' },
  { value: 'intervision', label: 'Intervisie' },
] as const;

/** "ma 12/10/2026, 10:00–11:00" */
export function whenLabel(item: Pick<GuidanceMoment | Visit, 'date' | 'start' | 'end'>): string {
  return `${dayLabel(item.date)}, ${item.start}–${item.end}`;
}

/** How many of each status, e.g. "2 aanwezig, 1 gewettigd afwezig, 1 nog niet geregistreerd". */
export function attendanceSummary(moment: Pick<GuidanceMoment, 'attendance'>): string {
  const count = { present: 0, excused: 0, absent: 0, open: 0 };
  for (const a of moment.attendance) {
    if (a.status === 'present' || a.status === 'excused' || a.status === 'absent') count[a.status] += 1;
    else count.open += 1;
  }
  const parts: string[] = [];
  if (count.present) parts.push(`${count.present} aanwezig`);
  if (count.excused) parts.push(`${count.excused} gewettigd afwezig`);
  if (count.absent) parts.push(`${count.absent} afwezig`);
  if (count.open) parts.push(`${count.open} nog niet geregistreerd`);
  return parts.join(', ') || 'Geen studenten';
}

/** The attendance status in words; never colour alone. */
export function attendanceBadge(status: string | null): DayBadge {
  if (status === 'present') return { label: 'Aanwezig', kind: 'ok' };
  if (status === 'excused') return { label: 'Gewettigd afwezig', kind: 'warn' };
  if (status === 'absent') return { label: 'Afwezig', kind: 'off' };
  return { label: 'Nog niet geregistreerd', kind: 'muted' };
}

export function visitBadge(state: string): DayBadge {
  if (state === 'planned') return { label: 'Gepland', kind: 'warn' };
  if (state === 'reported') return { label: 'Verslag geschreven', kind: 'ok' };
  if (state === 'cancelled') return { label: 'Geannuleerd', kind: 'muted' };
  return { label: state, kind: 'muted' };
}

/** A planned visit whose day has come still needs its report. */
export function reportDue(visit: Pick<Visit, 'state' | 'date'>, today: IsoDate): boolean {
  return visit.state === 'planned' && visit.date <= today;
}

/** Attendance may be recorded from the moment's day on. */
export function attendanceOpen(moment: Pick<GuidanceMoment, 'date'>, today: IsoDate): boolean {
  return moment.date <= today;
}

export interface AttendanceRow {
  student_id: number;
  status: AttendanceStatus | '';
  reason: string;
}

/** The rows of the attendance form, from what is recorded. */
export function attendanceRows(moment: Pick<GuidanceMoment, 'attendance'>): AttendanceRow[] {
  return moment.attendance.map((a) => ({
    student_id: a.student.id,
    status: (a.status ?? '') as AttendanceStatus | '',
    reason: a.reason ?? '',
  }));
}

/**
 * What the browser checks before sending attendance: an excused absence needs
 * a reason. Rows without a status are left out (they stay as they were).
 */
export function checkAttendance(rows: readonly AttendanceRow[]): FieldErrors {
  const errors: FieldErrors = {};
  rows
    .filter((r) => r.status !== '')
    .forEach((r, i) => {
      if (r.status === 'excused' && !r.reason.trim())
        errors[`attendance[${i}].reason`] = 'Geef de reden van de gewettigde afwezigheid.';
    });
  return errors;
}

/** The rows sent to the server (those with a status), in the order checkAttendance numbers them. */
export function attendanceBody(rows: readonly AttendanceRow[]) {
  return rows
    .filter((r) => r.status !== '')
    .map((r) => ({
      student_id: r.student_id,
      status: r.status as AttendanceStatus,
      ...(r.status === 'excused' ? { reason: r.reason.trim() } : {}),
    }));
}

/** Which row of the form a server path "attendance[i].…" is about (i counts only the rows sent). */
export function rowOfSentIndex(rows: readonly AttendanceRow[], sentIndex: number): number {
  let seen = -1;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].status === '') continue;
    seen += 1;
    if (seen === sentIndex) return i;
  }
  return -1;
}

/** The browser's checks of a day, start and duration in minutes (fields "date", "start", "duration_minutes"). */
export function checkWhen(date: string, start: string, duration: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!date) errors.date = 'Vul een datum in.';
  if (!start) errors.start = 'Vul een beginuur in.';
  if (!/^\d+$/.test(duration.trim())) errors.duration_minutes = 'Geef de duur in minuten (een geheel getal).';
  return errors;
}
