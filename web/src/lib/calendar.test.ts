import { describe, expect, it } from 'vitest';
import {
  academicYearStart,
  addDays,
  buildDayIndex,
  colourOf,
  completeRule,
  dayCount,
  daysInMonth,
  formatIsoDate,
  initialMonth,
  isIsoDate,
  longDate,
  monthGrid,
  monthKey,
  monthLabel,
  parseMonthKey,
  patternDays,
  periodDays,
  quartersLabel,
  ruleDays,
  sameRule,
  shiftMonth,
  shortDate,
  todayInBrussels,
  toggleDay,
  weekdayOf,
  weekdaysLabel,
  type CalendarRule,
} from './calendar';

describe('dates as YYYY-MM-DD', () => {
  it('knows real dates from others', () => {
    expect(isIsoDate('2027-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('27-02-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('numbers weekdays from Monday (1) to Sunday (7)', () => {
    expect(weekdayOf('2027-03-01')).toBe(1);
    expect(weekdayOf('2027-03-02')).toBe(2);
    expect(weekdayOf('2027-03-07')).toBe(7);
  });

  it('adds days across months, years and the switch to summer time', () => {
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(daysInMonth(2028, 2)).toBe(29);
  });

  it('takes today in Brussels, not in UTC', () => {
    expect(todayInBrussels(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInBrussels(new Date('2027-07-01T21:59:00Z'))).toBe('2027-07-01');
    expect(todayInBrussels(new Date('2027-07-01T22:00:00Z'))).toBe('2027-07-02');
  });

  it('writes dates the Belgian way, in Dutch', () => {
    expect(formatIsoDate('2027-03-02')).toBe('02/03/2027');
    expect(longDate('2027-03-02')).toBe('dinsdag 2 maart 2027');
    expect(shortDate('2027-01-10')).toBe('zo 10 januari');
    expect(formatIsoDate('onzin')).toBe('onzin');
  });
});

describe('the month grid', () => {
  it('covers a month in whole weeks from Monday to Sunday', () => {
    const weeks = monthGrid({ year: 2027, month: 3 });
    expect(weeks).toHaveLength(5);
    expect(weeks[0].map((c) => c.date)).toEqual([
      '2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07',
    ]);
    expect(weeks[4][6]).toEqual({ date: '2027-04-04', inMonth: false });
    for (const week of weeks) expect(week.map((c) => weekdayOf(c.date))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('fills the first week with the end of the previous month', () => {
    const weeks = monthGrid({ year: 2026, month: 11 }); // 1 November 2026 is a Sunday
    expect(weeks[0][0]).toEqual({ date: '2026-10-26', inMonth: false });
    expect(weeks[0][6]).toEqual({ date: '2026-11-01', inMonth: true });
    expect(weeks).toHaveLength(6);
    expect(weeks.flat().filter((c) => c.inMonth)).toHaveLength(30);
  });

  it('has four rows for a February that starts on a Monday', () => {
    expect(monthGrid({ year: 2027, month: 2 })).toHaveLength(4);
  });

  it('moves between months and names them in Dutch', () => {
    expect(shiftMonth({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2026, month: 9 }, 15)).toEqual({ year: 2027, month: 12 });
    expect(monthLabel({ year: 2027, month: 3 })).toBe('maart 2027');
    expect(monthKey({ year: 2027, month: 3 })).toBe('2027-03');
    expect(parseMonthKey('2027-03')).toEqual({ year: 2027, month: 3 });
    expect(parseMonthKey('2027-13')).toBeNull();
    expect(parseMonthKey(null)).toBeNull();
  });

  it('opens on the month in the URL, else a sensible month of the academic year', () => {
    expect(academicYearStart('2026-2027')).toEqual({ year: 2026, month: 9 });
    expect(initialMonth({ requested: '2027-05', today: '2026-11-28', academicYear: '2026-2027' })).toEqual({ year: 2027, month: 5 });
    expect(initialMonth({ today: '2026-11-28', academicYear: '2026-2027' })).toEqual({ year: 2026, month: 11 });
    expect(initialMonth({ today: '2026-06-10', academicYear: '2026-2027' })).toEqual({ year: 2026, month: 9 });
    expect(initialMonth({ today: '2028-01-10', academicYear: '2026-2027', days: ['2027-05-04', '2026-10-01'] })).toEqual({ year: 2027, month: 5 });
    expect(initialMonth({ today: '2026-11-28' })).toEqual({ year: 2026, month: 11 });
  });
});

describe('labels', () => {
  it('names weekdays', () => {
    expect(weekdaysLabel([3, 2])).toBe('dinsdag en woensdag');
    expect(weekdaysLabel([1, 2, 3, 4, 5])).toBe('maandag tot en met vrijdag');
    expect(weekdaysLabel([1, 3, 5])).toBe('maandag, woensdag en vrijdag');
    expect(weekdaysLabel([])).toBe('geen weekdagen');
  });

  it('names quarters as "kwartaal 5–6"', () => {
    expect(quartersLabel([1])).toBe('kwartaal 1');
    expect(quartersLabel([6, 5])).toBe('kwartaal 5–6');
    expect(quartersLabel([7, 8])).toBe('kwartaal 7–8');
    expect(quartersLabel([1, 3])).toBe('kwartaal 1 en 3');
  });

  it('counts days against the required number', () => {
    expect(dayCount(12, 12)).toEqual({ state: 'ok', label: '12 van 12 dagen', detail: 'precies genoeg' });
    expect(dayCount(10, 12)).toEqual({ state: 'few', label: '10 van 12 dagen', detail: '2 dagen te weinig' });
    expect(dayCount(13, 12)).toEqual({ state: 'many', label: '13 van 12 dagen', detail: '1 dag te veel' });
  });

  it('gives every module a colour, also beyond eight', () => {
    expect(colourOf(0)).toBe(0);
    expect(colourOf(9)).toBe(1);
  });
});

describe('the calendar rule (R1)', () => {
  const tueWed: CalendarRule = {
    patterns: [{ from: '2027-03-01', to: '2027-03-14', weekdays: [2, 3] }],
    added: [],
    removed: [],
  };

  it('expands a pattern to its weekdays', () => {
    expect(patternDays(tueWed.patterns[0])).toEqual(['2027-03-02', '2027-03-03', '2027-03-09', '2027-03-10']);
    expect(patternDays({ from: '2027-03-10', to: '2027-03-01', weekdays: [2] })).toEqual([]);
    expect(patternDays({ from: '2027-03-01', to: '', weekdays: [2] })).toEqual([]);
    expect(patternDays({ from: '2027-03-01', to: '2027-03-31', weekdays: [] })).toEqual([]);
  });

  it('adds single days and lets removed days win', () => {
    const rule: CalendarRule = { ...tueWed, added: ['2027-03-05', '2027-03-02'], removed: ['2027-03-02', '2027-03-09'] };
    expect(ruleDays(rule)).toEqual(['2027-03-03', '2027-03-05', '2027-03-10']);
  });

  it('toggles a pattern day off through "removed" and back', () => {
    const off = toggleDay(tueWed, '2027-03-09');
    expect(off.removed).toEqual(['2027-03-09']);
    expect(off.added).toEqual([]);
    expect(ruleDays(off)).not.toContain('2027-03-09');
    const on = toggleDay(off, '2027-03-09');
    expect(on.removed).toEqual([]);
    expect(ruleDays(on)).toContain('2027-03-09');
  });

  it('toggles another day on through "added" and back', () => {
    const on = toggleDay(tueWed, '2027-03-04');
    expect(on.added).toEqual(['2027-03-04']);
    expect(ruleDays(on)).toContain('2027-03-04');
    const off = toggleDay(on, '2027-03-04');
    expect(off).toEqual(tueWed);
    expect(tueWed.added).toEqual([]); // the rule itself is not changed
  });

  it('leaves incomplete patterns out of a preview', () => {
    const rule: CalendarRule = {
      patterns: [...tueWed.patterns, { from: '2027-04-01', to: '', weekdays: [1] }, { from: '2027-04-01', to: '2027-04-30', weekdays: [5, 1, 5] }],
      added: ['2027-02-30', '2027-05-03'],
      removed: [],
    };
    expect(completeRule(rule)).toEqual({
      patterns: [tueWed.patterns[0], { from: '2027-04-01', to: '2027-04-30', weekdays: [1, 5] }],
      added: ['2027-05-03'],
      removed: [],
    });
  });

  it('compares rules regardless of the order of single days', () => {
    expect(sameRule({ ...tueWed, added: ['2027-05-03', '2027-05-02'] }, { ...tueWed, added: ['2027-05-02', '2027-05-03'] })).toBe(true);
    expect(sameRule(tueWed, { ...tueWed, removed: ['2027-03-02'] })).toBe(false);
  });
});

describe('what a day shows', () => {
  it('collects modules, holidays, 11 July, closures and warnings per date', () => {
    const index = buildDayIndex({
      modules: [
        { code: 'a', name: 'Instroom', colour: 0, days: ['2027-04-05', '2027-04-06'], warnings: [{ date: '2027-04-05', message: 'Sluiting: Paasvakantie' }] },
        { code: 'b', name: 'Payroll', colour: 1, days: ['2027-04-06'] },
      ],
      holidays: [{ date: '2027-03-29', name: 'Paasmaandag' }],
      closures: [{ from: '2027-04-05', to: '2027-04-06', name: 'Paasvakantie' }],
      flemishHolidayYears: [2027],
    });
    expect(index.get('2027-03-29')?.offLabels).toEqual(['Paasmaandag']);
    expect(index.get('2027-07-11')?.offLabels).toEqual(['Feest van de Vlaamse Gemeenschap']);
    expect(index.get('2027-04-05')).toEqual({
      modules: [{ code: 'a', name: 'Instroom', colour: 0 }],
      offLabels: ['Paasvakantie'],
      warnings: ['Instroom: Sluiting: Paasvakantie'],
    });
    expect(index.get('2027-04-06')?.modules.map((m) => m.name)).toEqual(['Instroom', 'Payroll']);
    expect(index.has('2027-04-07')).toBe(false);
  });

  it('expands a closed period, both ends included', () => {
    expect(periodDays('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(periodDays('2027-01-02', '2026-12-30')).toEqual([]);
  });
});
