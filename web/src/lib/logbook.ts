// The logbook (R3–R9) without the screen: hours and day-equivalents in nl-BE
// ("7 u 30", "1,0 dag", "3,5 van 14 dagen goedgekeurd"), the flags of a
// working day and the states of an entry in Dutch, which days a student may
// still write, the entry form's draft and the body built from it.

import { formatIsoDate, longDate, WEEKDAYS, weekdayOf, type IsoDate } from './calendar';
import type { FieldErrors } from './fields';
import { formatNumber } from './format';
import type { Entry, EntryInput, EntryState, LogbookDay, Progress, ProgressRow, QueueItem, WorkDayFlag } from './logbookApi';

/** R6: what the student did, short and to the point (the server's limit, in characters). */
export const MAX_ACTIVITIES = 2000;
/** R5: 7 u 30 is one full day. */
export const FULL_DAY_MINUTES = 450;

// --- hours and days --------------------------------------------------------------

/** 450 → "7 u 30"; 480 → "8 u"; 65 → "1 u 05"; 0 → "0 u". */
export function formatMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m === 0 ? `${h} u` : `${h} u ${String(m).padStart(2, '0')}`;
}

/** One entry's day-equivalent, always with one decimal: 1 → "1,0 dag"; 0.8 → "0,8 dag". */
export function formatDayEquivalent(value: number): string {
  const shown = formatNumber(Math.max(0, value), 1);
  return `${shown} ${value > 1 ? 'dagen' : 'dag'}`;
}

/**
 * A number of days for totals, at most one decimal and rounded down (13,96
 * approved days is not yet 14): 3.5 → "3,5"; 1 → "1"; 2.96 → "2,9".
 */
export function formatDays(value: number): string {
  const floored = Math.floor(Math.max(0, value) * 10 + 1e-9) / 10;
  return formatNumber(floored);
}

function dayWord(count: number): string {
  return count === 1 ? 'dag' : 'dagen';
}

/** "3,5 van 14 dagen goedgekeurd". */
export function progressText(p: Pick<Progress, 'approved_days' | 'required_days'>): string {
  return `${formatDays(p.approved_days)} van ${p.required_days} ${dayWord(p.required_days)} goedgekeurd`;
}

/** "1 dag wacht op de mentor", or '' when nothing is waiting. */
export function pendingText(p: Pick<Progress, 'pending_days'>): string {
  if (p.pending_days <= 0) return '';
  const shown = formatDays(p.pending_days);
  return `${shown} ${shown === '1' ? 'dag wacht' : 'dagen wachten'} op de mentor`;
}

export interface ProgressSegments {
  /** Width of the approved part, 0–100 (%). */
  approved: number;
  /** Width of the submitted part after it, so that approved + pending ≤ 100. */
  pending: number;
}

export function progressSegments(p: Pick<Progress, 'approved_days' | 'pending_days' | 'required_days'>): ProgressSegments {
  if (p.required_days <= 0) return { approved: 0, pending: 0 };
  const share = (days: number) => Math.min(100, Math.max(0, (days / p.required_days) * 100));
  const approved = share(p.approved_days);
  const pending = share(p.approved_days + Math.max(0, p.pending_days)) - approved;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { approved: round(approved), pending: round(pending) };
}

// --- flags of a working day (R3–R5) ----------------------------------------------

export const FLAG_NAMES: Record<WorkDayFlag, string> = {
  partial_day: 'Deeldag',
  over_max_hours: 'Meer dan 8 uur (niet geteld)',
  short_break: 'Te korte pauze',
  sunday: 'Zondag',
  legal_holiday: 'Feestdag',
};

const FLAG_EXPLANATIONS: Record<WorkDayFlag, string> = {
  partial_day: 'Minder dan 7 u 30 gewerkt: de dag telt als een deel van een werkplekdag.',
  over_max_hours: 'Meer dan 8 uur gewerkt: wat boven 8 uur gaat, telt niet mee.',
  short_break: 'Meer dan 6 uur gewerkt met minder dan 15 minuten pauze.',
  sunday: 'Werk op zondag telt als één werkplekdag, niet dubbel.',
  legal_holiday: 'Werk op een wettelijke feestdag telt als één werkplekdag, niet dubbel.',
};

function isFlag(code: string): code is WorkDayFlag {
  return Object.hasOwn(FLAG_NAMES, code);
}

/** "over_max_hours" → "Meer dan 8 uur (niet geteld)"; an unknown code is shown as is. */
export function flagName(code: string): string {
  return isFlag(code) ? FLAG_NAMES[code] : code;
}

export function flagExplanation(code: string): string {
  return isFlag(code) ? FLAG_EXPLANATIONS[code] : '';
}

/** A flag that needs the student's or mentor's attention (the others are information). */
export function flagIsWarning(code: string): boolean {
  return code === 'over_max_hours' || code === 'short_break';
}

// --- states ------------------------------------------------------------------------

export const ENTRY_STATE_NAMES: Record<EntryState, string> = {
  draft: 'Klad',
  submitted: 'Ingediend',
  approved: 'Goedgekeurd',
  returned: 'Teruggestuurd',
};

/** The badge classes of app.css plus "ok" (green). */
export type BadgeKind = 'info' | 'warn' | 'off' | 'ok' | 'muted';

export interface DayBadge {
  label: string;
  kind: BadgeKind;
}

const STATE_KINDS: Record<EntryState, BadgeKind> = {
  draft: 'muted',
  submitted: 'warn',
  approved: 'ok',
  returned: 'off',
};

export function entryStateName(state: string, fromServer = ''): string {
  return Object.hasOwn(ENTRY_STATE_NAMES, state) ? ENTRY_STATE_NAMES[state as EntryState] : fromServer || state;
}

/** What a day of the logbook shows: its entry's state, or that it is still to write, to come or missed. */
export function dayBadge(day: LogbookDay, today: IsoDate): DayBadge {
  if (day.entry) {
    const kind = Object.hasOwn(STATE_KINDS, day.entry.state) ? STATE_KINDS[day.entry.state as EntryState] : 'muted';
    return { label: entryStateName(day.entry.state, day.entry.state_name), kind };
  }
  if (day.absent) return { label: 'Afwezig', kind: 'muted' };
  if (day.date > today) return { label: 'Nog niet', kind: 'muted' };
  if (day.date === today) return { label: 'Vandaag', kind: 'info' };
  return { label: 'Nog in te vullen', kind: 'warn' };
}

const HISTORY_ACTIONS: Record<string, string> = {
  saved: 'Bewaard als klad',
  submitted: 'Ingediend bij de mentor',
  approved: 'Goedgekeurd',
  returned: 'Teruggestuurd',
};

export function historyActionName(action: string): string {
  return HISTORY_ACTIONS[action] ?? action;
}

// --- days ----------------------------------------------------------------------------

/** "2027-03-02" → "di 02/03/2027". */
export function dayLabel(date: IsoDate): string {
  const shown = formatIsoDate(date);
  if (shown === date) return date;
  return `${WEEKDAYS[weekdayOf(date) - 1].short} ${shown}`;
}

/** "2027-03-02" → "dinsdag 2 maart 2027". */
export function longDayLabel(date: IsoDate): string {
  return longDate(date);
}

/** The line on the Vandaag card when today is not a workplace day. */
export function noDayToday(next: IsoDate | null): string {
  return next
    ? `Vandaag geen werkplekdag — volgende: ${dayLabel(next)}`
    : 'Vandaag geen werkplekdag — er zijn geen werkplekdagen meer gepland.';
}

/**
 * Whether the student may open this day's entry form: their logbook is open,
 * the day has come (server's today), and it was not reported absent without
 * anything written on it.
 */
export function mayWriteDay(day: LogbookDay, today: IsoDate, mayWrite: boolean): boolean {
  if (!mayWrite || day.date > today) return false;
  return !day.absent || day.entry !== null;
}

/** The button text for a day the student may open: write it, or change what is there. */
export function writeLabel(entry: Pick<Entry, 'state'> | null): string {
  if (!entry) return 'Invullen';
  if (entry.state === 'draft') return 'Verder invullen';
  if (entry.state === 'returned') return 'Aanpassen';
  return 'Wijzigen';
}

/** The first day of the list the student may still write (no entry, a draft, or returned). */
export function firstDayToWrite(days: readonly LogbookDay[], today: IsoDate, mayWrite: boolean): LogbookDay | null {
  return (
    days.find(
      (d) => mayWriteDay(d, today, mayWrite) && (!d.entry || d.entry.state === 'draft' || d.entry.state === 'returned'),
    ) ?? null
  );
}

export interface DateGroup<T> {
  date: IsoDate;
  items: T[];
}

/** Queue items by day, in the order they came (the server sends the oldest day first). */
export function groupByDate<T extends Pick<QueueItem, 'date'>>(items: readonly T[]): DateGroup<T>[] {
  const groups: DateGroup<T>[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.date === item.date) last.items.push(item);
    else groups.push({ date: item.date, items: [item] });
  }
  return groups;
}

// --- the entry form ------------------------------------------------------------

export interface EntryDraft {
  start: string;
  end: string;
  /** As typed; a whole number of minutes once valid. */
  breakMinutes: string;
  activities: string;
  goals: number[];
}

/** "09:05" → 545; anything else → null. */
export function parseClock(value: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h > 23 || m > 59) return null;
  return h * 60 + m;
}

/** "30" → 30; "", "-5", "7,5" → null. */
export function parseBreak(value: string): number | null {
  const trimmed = value.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/**
 * The form for a day: what was written, or for a new day the times of the
 * latest earlier entry (most days follow the same regime) and nothing else.
 */
export function draftFor(day: LogbookDay, days: readonly LogbookDay[]): EntryDraft {
  if (day.entry) {
    return {
      start: day.entry.start,
      end: day.entry.end,
      breakMinutes: String(day.entry.break_minutes),
      activities: day.entry.activities,
      goals: [...day.entry.goals],
    };
  }
  const earlier = [...days].reverse().find((d) => d.date < day.date && d.entry)?.entry;
  return {
    start: earlier?.start ?? '',
    end: earlier?.end ?? '',
    breakMinutes: earlier ? String(earlier.break_minutes) : '',
    activities: '',
    goals: [],
  };
}

/** The body for the live evaluation, or null while the times are incomplete. */
export function evaluationInput(
  draft: Pick<EntryDraft, 'start' | 'end' | 'breakMinutes'>,
  date: IsoDate,
): { date: IsoDate; start: string; end: string; break_minutes: number } | null {
  const breakMinutes = parseBreak(draft.breakMinutes);
  if (parseClock(draft.start) === null || parseClock(draft.end) === null || breakMinutes === null) return null;
  return { date, start: draft.start.trim(), end: draft.end.trim(), break_minutes: breakMinutes };
}

/** Characters as the server counts them (code points, so an emoji is one). */
export function characterCount(text: string): number {
  return [...text].length;
}

/** The browser's own checks; the server checks everything again. */
export function validateEntry(draft: EntryDraft, submit: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.start.trim()) errors.start = 'Vul het beginuur in.';
  else if (parseClock(draft.start) === null) errors.start = 'Schrijf het uur als UU:MM, bv. 08:30.';
  if (!draft.end.trim()) errors.end = 'Vul het einduur in.';
  else if (parseClock(draft.end) === null) errors.end = 'Schrijf het uur als UU:MM, bv. 08:30.';
  if (!draft.breakMinutes.trim()) errors.break_minutes = 'Vul de pauze in minuten in (0 als er geen was).';
  else if (parseBreak(draft.breakMinutes) === null) errors.break_minutes = 'De pauze is een geheel aantal minuten.';
  const length = characterCount(draft.activities.trim());
  if (length > MAX_ACTIVITIES) errors.activities = `Schrijf kort wat je gedaan hebt: hoogstens ${MAX_ACTIVITIES} tekens.`;
  else if (submit && length === 0) errors.activities = 'Schrijf kort wat je gedaan hebt voor je indient.';
  return errors;
}

export function buildEntryInput(draft: EntryDraft, submit: boolean): EntryInput {
  return {
    start: draft.start.trim(),
    end: draft.end.trim(),
    break_minutes: parseBreak(draft.breakMinutes) ?? 0,
    activities: draft.activities.trim(),
    goals: [...new Set(draft.goals)].sort((a, b) => a - b),
    submit,
  };
}

/** "3 van 14" style summary for a list: "1, 3 en 4". */
export function goalNumbers(goals: readonly number[]): string {
  return new Intl.ListFormat('nl-BE', { type: 'conjunction' }).format([...goals].sort((a, b) => a - b).map(String));
}

/** For screen readers beside "Nakijken" in the menu: "3 logboekdagen wachten op nakijken". */
export function reviewCountText(waiting: number): string {
  return waiting === 1 ? '1 logboekdag wacht op nakijken' : `${waiting} logboekdagen wachten op nakijken`;
}

export interface ModuleTotal {
  code: string;
  name: string;
  /** Days the students of this module must reach together. */
  required: number;
  approved: number;
  pending: number;
  placements: number;
  behind: number;
}

/** The cohort overview's chart: per module, the approved days of all its students together. */
export function moduleTotals(rows: readonly Pick<ProgressRow, 'placement' | 'progress' | 'behind'>[]): ModuleTotal[] {
  const byCode = new Map<string, ModuleTotal>();
  for (const row of rows) {
    const { code, name } = row.placement.module;
    const total = byCode.get(code) ?? { code, name, required: 0, approved: 0, pending: 0, placements: 0, behind: 0 };
    total.required += row.progress.required_days;
    total.approved += Math.min(row.progress.approved_days, row.progress.required_days);
    total.pending += row.progress.pending_days;
    total.placements += 1;
    if (row.behind) total.behind += 1;
    byCode.set(code, total);
  }
  const collator = new Intl.Collator('nl-BE', { sensitivity: 'base' });
  return [...byCode.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** Whether a placement (by its shown status) has a logbook to open: approved, ready, running or completed. */
export function hasLogbook(status: string): boolean {
  return status === 'approved' || status === 'ready' || status === 'running' || status === 'completed';
}

/** "Nog in te vullen" on the Vandaag card: the days to write that are not already listed as sent back. */
export function daysStillToWrite(item: { days_to_write: readonly IsoDate[]; returned_days: readonly IsoDate[] }): IsoDate[] {
  return item.days_to_write.filter((d) => !item.returned_days.includes(d));
}
