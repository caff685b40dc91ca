import { describe, expect, it } from 'vitest';
import {
  buildEntryInput,
  dayBadge,
  dayLabel,
  daysStillToWrite,
  draftFor,
  evaluationInput,
  firstDayToWrite,
  flagExplanation,
  flagName,
  formatDayEquivalent,
  formatDays,
  formatMinutes,
  goalNumbers,
  groupByDate,
  hasLogbook,
  historyActionName,
  mayWriteDay,
  moduleTotals,
  noDayToday,
  parseBreak,
  parseClock,
  pendingText,
  progressSegments,
  progressText,
  reviewCountText,
  validateEntry,
  writeLabel,
  type EntryDraft,
} from './logbook';
import type { Entry, LogbookDay, Progress, ProgressRow } from './logbookApi';

function entry(over: Partial<Entry> = {}): Entry {
  return {
    id: 1,
    placement_id: 7,
    date: '2027-02-09',
    start: '09:00',
    end: '17:00',
    break_minutes: 30,
    activities: 'Vacatures opgesteld',
    goals: [1],
    state: 'draft',
    state_name: 'Klad',
    review_comment: '',
    catch_up: false,
    version: 1,
    worked_minutes: 450,
    counted_minutes: 450,
    day_equivalent: 1,
    flags: [],
    updated_at: '2027-02-09T16:00:00Z',
    submitted_at: null,
    reviewed_at: null,
    ...over,
  };
}

function day(date: string, over: Partial<LogbookDay> = {}): LogbookDay {
  return { date, kind: 'planned', absent: false, entry: null, ...over };
}

const progress = (over: Partial<Progress> = {}): Progress => ({
  required_days: 14,
  planned_days: 14,
  approved_days: 0,
  pending_days: 0,
  missed_days: 0,
  catch_up_open: 0,
  share_done: 0,
  ...over,
});

describe('hours and day-equivalents in nl-BE', () => {
  it('writes minutes as hours and minutes', () => {
    expect(formatMinutes(450)).toBe('7 u 30');
    expect(formatMinutes(480)).toBe('8 u');
    expect(formatMinutes(65)).toBe('1 u 05');
    expect(formatMinutes(0)).toBe('0 u');
    expect(formatMinutes(-20)).toBe('0 u');
  });

  it('shows a day-equivalent with one decimal and a decimal comma', () => {
    expect(formatDayEquivalent(1)).toBe('1,0 dag');
    expect(formatDayEquivalent(0.8)).toBe('0,8 dag');
    expect(formatDayEquivalent(2 / 3)).toBe('0,7 dag');
  });

  it('rounds totals down to one decimal, so nearly done is not shown as done', () => {
    expect(formatDays(3.5)).toBe('3,5');
    expect(formatDays(1)).toBe('1');
    expect(formatDays(13.96)).toBe('13,9');
    expect(formatDays(0)).toBe('0');
    expect(formatDays(0.30000000000000004)).toBe('0,3');
  });
});

describe('progress', () => {
  it('says how many days are approved of those required', () => {
    expect(progressText(progress({ approved_days: 3.5 }))).toBe('3,5 van 14 dagen goedgekeurd');
    expect(progressText(progress({ approved_days: 1 }))).toBe('1 van 14 dagen goedgekeurd');
    expect(progressText(progress({ approved_days: 1, required_days: 1 }))).toBe('1 van 1 dag goedgekeurd');
  });

  it('mentions the days waiting for the mentor only when there are any', () => {
    expect(pendingText(progress())).toBe('');
    expect(pendingText(progress({ pending_days: 1 }))).toBe('1 dag wacht op de mentor');
    expect(pendingText(progress({ pending_days: 1.5 }))).toBe('1,5 dagen wachten op de mentor');
  });

  it('splits the bar into approved and pending parts that never pass 100 %', () => {
    expect(progressSegments(progress({ approved_days: 3.5, pending_days: 1 }))).toEqual({ approved: 25, pending: 7.1 });
    expect(progressSegments(progress({ approved_days: 13, pending_days: 3 }))).toEqual({ approved: 92.9, pending: 7.1 });
    expect(progressSegments(progress({ approved_days: 20 }))).toEqual({ approved: 100, pending: 0 });
    expect(progressSegments(progress({ required_days: 0, approved_days: 1 }))).toEqual({ approved: 0, pending: 0 });
  });

  it('adds up the cohort per module for the chart, capping each student at their required days', () => {
    const row = (code: string, name: string, approved: number, behind = false): ProgressRow => ({
      placement: {
        id: 1,
        cohort: { id: 1, name: 'c' },
        student: { id: 1, name: 's' },
        module: { code, name },
        organisation: { name: 'o' },
        mentor: { name: 'm' },
        supervisor: { name: '' },
        status: 'running',
        status_name: 'Loopt',
      },
      progress: progress({ approved_days: approved, pending_days: 0.5 }),
      past_planned_days: 2,
      behind,
    });
    const totals = moduleTotals([row('payroll', 'Payroll', 2, true), row('instroom', 'Instroom', 3), row('instroom', 'Instroom', 20)]);
    expect(totals.map((t) => t.name)).toEqual(['Instroom', 'Payroll']);
    expect(totals[0]).toMatchObject({ required: 28, approved: 17, pending: 1, placements: 2, behind: 0 });
    expect(totals[1]).toMatchObject({ required: 14, approved: 2, placements: 1, behind: 1 });
  });
});

describe('flags and states in Dutch', () => {
  it('names every flag of a working day', () => {
    expect(flagName('partial_day')).toBe('Deeldag');
    expect(flagName('over_max_hours')).toBe('Meer dan 8 uur (niet geteld)');
    expect(flagName('short_break')).toBe('Te korte pauze');
    expect(flagName('sunday')).toBe('Zondag');
    expect(flagName('legal_holiday')).toBe('Feestdag');
    expect(flagName('iets_nieuws')).toBe('iets_nieuws');
  });

  it('explains the flags (R4: never double)', () => {
    expect(flagExplanation('sunday')).toMatch(/niet dubbel/);
    expect(flagExplanation('over_max_hours')).toMatch(/telt niet mee/);
    expect(flagExplanation('onbekend')).toBe('');
  });

  it('shows a day by its entry, or as absent, to come, today or still to write', () => {
    const today = '2027-02-16';
    expect(dayBadge(day('2027-02-09', { entry: entry({ state: 'approved' }) }), today)).toEqual({ label: 'Goedgekeurd', kind: 'ok' });
    expect(dayBadge(day('2027-02-09', { entry: entry({ state: 'returned' }) }), today)).toEqual({ label: 'Teruggestuurd', kind: 'off' });
    expect(dayBadge(day('2027-02-09', { entry: entry({ state: 'submitted' }) }), today).label).toBe('Ingediend');
    expect(dayBadge(day('2027-02-09', { entry: entry({ state: 'draft' }) }), today).label).toBe('Klad');
    expect(dayBadge(day('2027-02-10', { absent: true }), today).label).toBe('Afwezig');
    expect(dayBadge(day('2027-02-23'), today).label).toBe('Nog niet');
    expect(dayBadge(day('2027-02-16'), today).label).toBe('Vandaag');
    expect(dayBadge(day('2027-02-10'), today).label).toBe('Nog in te vullen');
  });

  it('names the steps of an entry history', () => {
    expect(historyActionName('submitted')).toBe('Ingediend bij de mentor');
    expect(historyActionName('returned')).toBe('Teruggestuurd');
    expect(historyActionName('x')).toBe('x');
  });

  it('counts the review queue for screen readers', () => {
    expect(reviewCountText(1)).toBe('1 logboekdag wacht op nakijken');
    expect(reviewCountText(3)).toBe('3 logboekdagen wachten op nakijken');
  });

  it('opens the logbook from placements that were approved', () => {
    for (const s of ['approved', 'ready', 'running', 'completed']) expect(hasLogbook(s)).toBe(true);
    for (const s of ['requested', 'sent_back', 'rejected', 'cancelled']) expect(hasLogbook(s)).toBe(false);
  });
});

describe('days', () => {
  it('labels a day with its weekday and dd/mm/jjjj', () => {
    expect(dayLabel('2027-03-02')).toBe('di 02/03/2027');
    expect(dayLabel('2027-02-14')).toBe('zo 14/02/2027');
    expect(dayLabel('geen')).toBe('geen');
  });

  it('lists a day sent back once, under "Teruggestuurd", not again as still to write', () => {
    expect(
      daysStillToWrite({ days_to_write: ['2027-02-09', '2027-02-10', '2027-02-16'], returned_days: ['2027-02-10'] }),
    ).toEqual(['2027-02-09', '2027-02-16']);
  });

  it('says when the next workplace day is', () => {
    expect(noDayToday('2027-03-02')).toBe('Vandaag geen werkplekdag — volgende: di 02/03/2027');
    expect(noDayToday(null)).toMatch(/geen werkplekdagen meer/);
  });

  it('lets the student write days that have come, not absent ones without an entry', () => {
    const today = '2027-02-16';
    expect(mayWriteDay(day('2027-02-16'), today, true)).toBe(true);
    expect(mayWriteDay(day('2027-02-09'), today, true)).toBe(true);
    expect(mayWriteDay(day('2027-02-17'), today, true)).toBe(false);
    expect(mayWriteDay(day('2027-02-09'), today, false)).toBe(false);
    expect(mayWriteDay(day('2027-02-10', { absent: true }), today, true)).toBe(false);
    expect(mayWriteDay(day('2027-02-10', { absent: true, entry: entry() }), today, true)).toBe(true);
  });

  it('finds the first day still to write', () => {
    const days = [
      day('2027-02-09', { entry: entry({ state: 'approved' }) }),
      day('2027-02-10', { entry: entry({ state: 'submitted' }) }),
      day('2027-02-16', { entry: entry({ state: 'returned' }) }),
      day('2027-02-17'),
    ];
    expect(firstDayToWrite(days, '2027-02-17', true)?.date).toBe('2027-02-16');
    expect(firstDayToWrite(days.slice(0, 2), '2027-02-17', true)).toBeNull();
    expect(firstDayToWrite(days, '2027-02-17', false)).toBeNull();
  });

  it('names the button of a day by what is there', () => {
    expect(writeLabel(null)).toBe('Invullen');
    expect(writeLabel({ state: 'draft' })).toBe('Verder invullen');
    expect(writeLabel({ state: 'returned' })).toBe('Aanpassen');
    expect(writeLabel({ state: 'approved' })).toBe('Wijzigen');
  });

  it('groups the review queue by day, keeping the server order', () => {
    const groups = groupByDate([{ date: '2027-02-09' }, { date: '2027-02-09' }, { date: '2027-02-10' }]);
    expect(groups.map((g) => [g.date, g.items.length])).toEqual([
      ['2027-02-09', 2],
      ['2027-02-10', 1],
    ]);
  });
});

describe('the entry form', () => {
  const filled: EntryDraft = { start: '09:00', end: '17:00', breakMinutes: '30', activities: ' Cv’s gescreend ', goals: [3, 1, 3] };

  it('reads times and break minutes', () => {
    expect(parseClock('09:05')).toBe(545);
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('9:00')).toBeNull();
    expect(parseBreak('30')).toBe(30);
    expect(parseBreak(' 0 ')).toBe(0);
    expect(parseBreak('')).toBeNull();
    expect(parseBreak('-5')).toBeNull();
    expect(parseBreak('7,5')).toBeNull();
  });

  it('asks for the live evaluation only when the times are complete', () => {
    expect(evaluationInput(filled, '2027-02-09')).toEqual({ date: '2027-02-09', start: '09:00', end: '17:00', break_minutes: 30 });
    expect(evaluationInput({ ...filled, end: '' }, '2027-02-09')).toBeNull();
    expect(evaluationInput({ ...filled, breakMinutes: '' }, '2027-02-09')).toBeNull();
  });

  it('starts a new day with the times of the latest earlier entry', () => {
    const days = [
      day('2027-02-09', { entry: entry({ start: '08:30', end: '16:30', break_minutes: 45 }) }),
      day('2027-02-10'),
      day('2027-02-16', { entry: entry({ start: '10:00' }) }),
    ];
    expect(draftFor(days[1], days)).toEqual({ start: '08:30', end: '16:30', breakMinutes: '45', activities: '', goals: [] });
    expect(draftFor(days[0], days)).toMatchObject({ start: '08:30', activities: 'Vacatures opgesteld', goals: [1] });
    expect(draftFor(day('2027-02-02'), days)).toEqual({ start: '', end: '', breakMinutes: '', activities: '', goals: [] });
  });

  it('checks the form in the browser with Dutch messages naming the field', () => {
    expect(validateEntry(filled, true)).toEqual({});
    const empty: EntryDraft = { start: '', end: '', breakMinutes: '', activities: '', goals: [] };
    expect(Object.keys(validateEntry(empty, false)).sort()).toEqual(['break_minutes', 'end', 'start']);
    expect(validateEntry({ ...filled, activities: '' }, true).activities).toMatch(/Schrijf kort/);
    expect(validateEntry({ ...filled, activities: '' }, false)).toEqual({});
    expect(validateEntry({ ...filled, activities: 'x'.repeat(2001) }, false).activities).toMatch(/2000/);
    // Code points, as the server counts: 2000 emoji are allowed.
    expect(validateEntry({ ...filled, activities: '🙂'.repeat(2000) }, false)).toEqual({});
    expect(validateEntry({ ...filled, breakMinutes: 'half uur' }, false).break_minutes).toMatch(/geheel aantal/);
  });

  it('builds the body: trimmed text, distinct goals in order', () => {
    expect(buildEntryInput(filled, true)).toEqual({
      start: '09:00',
      end: '17:00',
      break_minutes: 30,
      activities: 'Cv’s gescreend',
      goals: [1, 3],
      submit: true,
    });
  });

  it('lists goal numbers in Dutch', () => {
    expect(goalNumbers([4, 1, 3])).toBe('1, 3 en 4');
    expect(goalNumbers([2])).toBe('2');
  });
});
