// Calendar dates as plain "YYYY-MM-DD" strings (no time zone involved), the
// Monday-first month grid, Dutch month and weekday names, and a module's
// calendar rule (weekday patterns plus single dates added or removed, R1).

export type IsoDate = string;

export interface WeekdayPattern {
  from: IsoDate;
  to: IsoDate;
  /** 1 = Monday … 7 = Sunday (ISO). */
  weekdays: number[];
}

export interface CalendarRule {
  patterns: WeekdayPattern[];
  added: IsoDate[];
  removed: IsoDate[];
}

export const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export interface Weekday {
  /** 1 = Monday … 7 = Sunday. */
  number: number;
  short: string;
  long: string;
}

export const WEEKDAYS: readonly Weekday[] = [
  { number: 1, short: 'ma', long: 'maandag' },
  { number: 2, short: 'di', long: 'dinsdag' },
  { number: 3, short: 'wo', long: 'woensdag' },
  { number: 4, short: 'do', long: 'donderdag' },
  { number: 5, short: 'vr', long: 'vrijdag' },
  { number: 6, short: 'za', long: 'zaterdag' },
  { number: 7, short: 'zo', long: 'zondag' },
];

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** "2027-03-02" → {2027, 3, 2}; anything that is not a real date → null. */
export function parseIsoDate(value: string): DateParts | null {
  const match = ISO.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(value: IsoDate): number {
  const p = parseIsoDate(value);
  if (!p) throw new RangeError(`not a date: ${value}`);
  return Date.UTC(p.year, p.month - 1, p.day);
}

function fromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(value: IsoDate): number {
  const day = new Date(toUtc(value)).getUTCDay(); // 0 = Sunday
  return day === 0 ? 7 : day;
}

export function addDays(value: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(value) + days * DAY_MS);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** Today's date in Brussels, whatever the computer's own time zone. */
export function todayInBrussels(now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

// --- months -----------------------------------------------------------------

export interface Month {
  year: number;
  month: number; // 1–12
}

export function monthOf(value: IsoDate): Month {
  const p = parseIsoDate(value);
  if (!p) throw new RangeError(`not a date: ${value}`);
  return { year: p.year, month: p.month };
}

export function shiftMonth({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function compareMonths(a: Month, b: Month): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month);
}

/** {2027, 3} → "2027-03" (for the URL). */
export function monthKey({ year, month }: Month): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** "2027-03" → {2027, 3}; anything else → null. */
export function parseMonthKey(value: string | null | undefined): Month | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { year: Number(match[1]), month };
}

/** {2027, 3} → "maart 2027". */
export function monthLabel({ year, month }: Month): string {
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

export interface GridCell {
  date: IsoDate;
  /** False for the days of the previous or next month that fill the first and last week. */
  inMonth: boolean;
}

/** The weeks (Monday to Sunday) that cover a month; 4 to 6 rows of 7 cells. */
export function monthGrid({ year, month }: Month): GridCell[][] {
  const first = isoDate(year, month, 1);
  const last = isoDate(year, month, daysInMonth(year, month));
  const start = addDays(first, 1 - weekdayOf(first));
  const end = addDays(last, 7 - weekdayOf(last));
  const weeks: GridCell[][] = [];
  for (let day = start; day <= end; day = addDays(day, 7)) {
    const week: GridCell[] = [];
    for (let i = 0; i < 7; i++) {
      const date = addDays(day, i);
      week.push({ date, inMonth: date >= first && date <= last });
    }
    weeks.push(week);
  }
  return weeks;
}

/** "2026-2027" → September 2026, the start of the academic year; null when unreadable. */
export function academicYearStart(academicYear: string): Month | null {
  const match = /^(\d{4})/.exec(academicYear.trim());
  return match ? { year: Number(match[1]), month: 9 } : null;
}

/**
 * The month to open first: the one asked for in the URL; else the current
 * month when it falls in the academic year (or there is no academic year);
 * else the start of the academic year when today is before it; else the month
 * of the last workplace day, or the start of the academic year.
 */
export function initialMonth(options: {
  requested?: string | null;
  today: IsoDate;
  academicYear?: string;
  days?: readonly IsoDate[];
}): Month {
  const requested = parseMonthKey(options.requested);
  if (requested) return requested;
  const current = monthOf(options.today);
  const start = options.academicYear ? academicYearStart(options.academicYear) : null;
  if (!start) return current;
  const end = shiftMonth(start, 11);
  if (compareMonths(current, start) < 0) return start;
  if (compareMonths(current, end) <= 0) return current;
  const sorted = [...(options.days ?? [])].filter(isIsoDate).sort();
  return sorted.length ? monthOf(sorted[sorted.length - 1]) : start;
}

// --- nl-BE labels ---------------------------------------------------------------

/** "2027-03-02" → "02/03/2027". */
export function formatIsoDate(value: IsoDate): string {
  const p = parseIsoDate(value);
  return p ? `${pad(p.day)}/${pad(p.month)}/${p.year}` : value;
}

/** "2027-03-02" → "dinsdag 2 maart 2027". */
export function longDate(value: IsoDate): string {
  const p = parseIsoDate(value);
  if (!p) return value;
  return `${WEEKDAYS[weekdayOf(value) - 1].long} ${p.day} ${MONTH_NAMES[p.month - 1]} ${p.year}`;
}

/** "2027-03-02" → "di 2 maart". */
export function shortDate(value: IsoDate): string {
  const p = parseIsoDate(value);
  if (!p) return value;
  return `${WEEKDAYS[weekdayOf(value) - 1].short} ${p.day} ${MONTH_NAMES[p.month - 1]}`;
}

/** [2, 3] → "dinsdag en woensdag"; [1,2,3,4,5] → "maandag tot en met vrijdag". */
export function weekdaysLabel(weekdays: readonly number[]): string {
  const sorted = [...new Set(weekdays)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (sorted.length === 0) return 'geen weekdagen';
  const names = sorted.map((d) => WEEKDAYS[d - 1].long);
  const consecutive = sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1);
  if (sorted.length >= 3 && consecutive) return `${names[0]} tot en met ${names[names.length - 1]}`;
  return new Intl.ListFormat('nl-BE', { type: 'conjunction' }).format(names);
}

/** [5, 6] → "kwartaal 5–6"; [1] → "kwartaal 1"; [1, 3] → "kwartaal 1 en 3". */
export function quartersLabel(quarters: readonly number[]): string {
  const sorted = [...new Set(quarters)].sort((a, b) => a - b);
  if (sorted.length === 0) return 'geen kwartaal';
  if (sorted.length === 1) return `kwartaal ${sorted[0]}`;
  const consecutive = sorted.every((q, i) => i === 0 || q === sorted[i - 1] + 1);
  if (consecutive) return `kwartaal ${sorted[0]}–${sorted[sorted.length - 1]}`;
  return `kwartaal ${new Intl.ListFormat('nl-BE', { type: 'conjunction' }).format(sorted.map(String))}`;
}

// --- the rule ---------------------------------------------------------------

const MAX_PATTERN_DAYS = 400;

/** A pattern that can be expanded: two real dates, from ≤ to, at least one weekday. */
export function patternIsComplete(pattern: WeekdayPattern): boolean {
  return (
    isIsoDate(pattern.from) &&
    isIsoDate(pattern.to) &&
    pattern.from <= pattern.to &&
    pattern.weekdays.some((d) => d >= 1 && d <= 7)
  );
}

/** Every date from..to that falls on one of the weekdays (nothing for an incomplete pattern). */
export function patternDays(pattern: WeekdayPattern): IsoDate[] {
  if (!patternIsComplete(pattern)) return [];
  if (daysBetween(pattern.from, pattern.to) > MAX_PATTERN_DAYS) return [];
  const out: IsoDate[] = [];
  for (let day = pattern.from; day <= pattern.to; day = addDays(day, 1)) {
    if (pattern.weekdays.includes(weekdayOf(day))) out.push(day);
  }
  return out;
}

/** The days a rule gives, sorted and distinct: patterns ∪ added − removed (removed wins). */
export function ruleDays(rule: CalendarRule): IsoDate[] {
  const days = new Set<IsoDate>();
  for (const pattern of rule.patterns) for (const day of patternDays(pattern)) days.add(day);
  for (const day of rule.added) if (isIsoDate(day)) days.add(day);
  for (const day of rule.removed) days.delete(day);
  return [...days].sort();
}

function without(list: readonly IsoDate[], date: IsoDate): IsoDate[] {
  return list.filter((d) => d !== date);
}

function withDate(list: readonly IsoDate[], date: IsoDate): IsoDate[] {
  return list.includes(date) ? [...list] : [...list, date].sort();
}

/**
 * Clicking a day: a workplace day stops being one, any other day becomes one.
 * Keeps the rule minimal: a day from a pattern is put in `removed`, a single
 * extra day goes in `added`, and undoing either just takes it out again.
 */
export function toggleDay(rule: CalendarRule, date: IsoDate): CalendarRule {
  const fromPattern = rule.patterns.some((p) => patternDays(p).includes(date));
  const isDay = ruleDays(rule).includes(date);
  const next: CalendarRule = {
    patterns: rule.patterns.map((p) => ({ ...p, weekdays: [...p.weekdays] })),
    added: [...rule.added],
    removed: [...rule.removed],
  };
  if (isDay) {
    next.added = without(next.added, date);
    if (fromPattern) next.removed = withDate(next.removed, date);
  } else {
    next.removed = without(next.removed, date);
    if (!fromPattern) next.added = withDate(next.added, date);
  }
  return next;
}

/** The rule with incomplete patterns and unreadable dates left out (for a live preview). */
export function completeRule(rule: CalendarRule): CalendarRule {
  return {
    patterns: rule.patterns.filter(patternIsComplete).map((p) => ({
      from: p.from,
      to: p.to,
      weekdays: [...new Set(p.weekdays)].sort((a, b) => a - b),
    })),
    added: rule.added.filter(isIsoDate),
    removed: rule.removed.filter(isIsoDate),
  };
}

export function emptyRule(): CalendarRule {
  return { patterns: [], added: [], removed: [] };
}

export function copyRule(rule: CalendarRule | null | undefined): CalendarRule {
  if (!rule) return emptyRule();
  return {
    patterns: (rule.patterns ?? []).map((p) => ({ from: p.from, to: p.to, weekdays: [...p.weekdays] })),
    added: [...(rule.added ?? [])],
    removed: [...(rule.removed ?? [])],
  };
}

/** Same rule, ignoring the order of single dates and of weekdays. */
export function sameRule(a: CalendarRule, b: CalendarRule): boolean {
  const norm = (r: CalendarRule) =>
    JSON.stringify({
      patterns: r.patterns.map((p) => ({ from: p.from, to: p.to, weekdays: [...new Set(p.weekdays)].sort() })),
      added: [...new Set(r.added)].sort(),
      removed: [...new Set(r.removed)].sort(),
    });
  return norm(a) === norm(b);
}

export type DayCountState = 'ok' | 'few' | 'many';

export interface DayCount {
  state: DayCountState;
  /** "12 van 12 dagen" */
  label: string;
  /** "nog 2 dagen te weinig", "3 dagen te veel", "precies genoeg" */
  detail: string;
}

function days(n: number): string {
  return n === 1 ? '1 dag' : `${n} dagen`;
}

export function dayCount(count: number, required: number): DayCount {
  const label = `${count} van ${required} ${required === 1 ? 'dag' : 'dagen'}`;
  if (count < required) return { state: 'few', label, detail: `${days(required - count)} te weinig` };
  if (count > required) return { state: 'many', label, detail: `${days(count - required)} te veel` };
  return { state: 'ok', label, detail: 'precies genoeg' };
}

// --- what a day shows in the month view ------------------------------------------

export interface ModuleDays {
  code: string;
  name: string;
  /** Index into the module colours (.mod-0 … .mod-7). */
  colour: number;
  days: readonly IsoDate[];
  warnings?: readonly { date: IsoDate; message: string }[];
}

export interface DayModule {
  code: string;
  name: string;
  colour: number;
}

export interface DayInfo {
  modules: DayModule[];
  /** Legal holiday, 11 July or a closure: why the school is closed. */
  offLabels: string[];
  warnings: string[];
}

export const MODULE_COLOURS = 8;

export function colourOf(index: number): number {
  return ((index % MODULE_COLOURS) + MODULE_COLOURS) % MODULE_COLOURS;
}

/** Every date of a closed period (at most 400 days), both ends included. */
export function periodDays(from: IsoDate, to: IsoDate): IsoDate[] {
  if (!isIsoDate(from) || !isIsoDate(to) || from > to || daysBetween(from, to) > MAX_PATTERN_DAYS) return [];
  const out: IsoDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) out.push(day);
  return out;
}

/**
 * Everything the month view shows per date: the modules with a workplace day,
 * holidays and closures, and the warnings. Dates with nothing are absent.
 */
export function buildDayIndex(input: {
  modules: readonly ModuleDays[];
  holidays?: readonly { date: IsoDate; name: string }[];
  closures?: readonly { from: IsoDate; to: IsoDate; name: string }[];
  /** Years for which 11 July is a day off (the programme's setting). */
  flemishHolidayYears?: readonly number[];
}): Map<IsoDate, DayInfo> {
  const index = new Map<IsoDate, DayInfo>();
  const at = (date: IsoDate): DayInfo => {
    let info = index.get(date);
    if (!info) {
      info = { modules: [], offLabels: [], warnings: [] };
      index.set(date, info);
    }
    return info;
  };
  const off = (date: IsoDate, label: string) => {
    const labels = at(date).offLabels;
    if (!labels.includes(label)) labels.push(label);
  };
  for (const holiday of input.holidays ?? []) off(holiday.date, holiday.name);
  for (const year of input.flemishHolidayYears ?? []) off(isoDate(year, 7, 11), 'Feest van de Vlaamse Gemeenschap');
  for (const closure of input.closures ?? []) {
    for (const day of periodDays(closure.from, closure.to)) off(day, closure.name || 'Sluiting');
  }
  for (const module of input.modules) {
    for (const day of new Set(module.days)) at(day).modules.push({ code: module.code, name: module.name, colour: module.colour });
    for (const warning of module.warnings ?? []) {
      const list = at(warning.date).warnings;
      const text = `${module.name}: ${warning.message}`;
      if (!list.includes(text)) list.push(text);
    }
  }
  return index;
}
