import { describe, expect, it } from 'vitest';
import type { PlanStudent, RotationAssignment } from './planApi';
import {
  NEW_GROUP,
  assignmentCell,
  blockChoices,
  blockLoad,
  blocksOf,
  buildGrid,
  capacityPerDay,
  choicesToAssignments,
  companyLoads,
  companyOptions,
  dayMonth,
  describeGroupSizes,
  distinctSettings,
  expectedGroupSizes,
  gridCellId,
  groupSizesFit,
  moveStudent,
  overCapacityCells,
  preferencesHonoured,
  rotationIsStale,
  runsOf,
  sameChoices,
  setGroupCompany,
  settingsInput,
  shortLabels,
  weekdayLong,
  weekdayShort,
  visitsByDay,
  withNames,
} from './plans';

const DAYS = ['2026-10-08', '2026-10-09', '2026-10-15', '2026-10-16', '2026-10-22'];
const LOTTE: PlanStudent = { id: '1', name: 'Lotte Peeters' };
const NOOR: PlanStudent = { id: '9', name: 'Noor Claes' };
const STUDENTS = [LOTTE, NOOR];

function plan(rows: Record<string, string[]>): RotationAssignment[] {
  const out: RotationAssignment[] = [];
  DAYS.forEach((date, d) => {
    for (const [student, settings] of Object.entries(rows)) {
      if (settings[d]) out.push({ student, date, setting: settings[d] });
    }
  });
  return out;
}

describe('rotation blocks', () => {
  it('cuts the module days into blocks of block_days, the last one shorter', () => {
    const blocks = blocksOf(DAYS, 2);
    expect(blocks.map((b) => b.days)).toEqual([
      ['2026-10-08', '2026-10-09'],
      ['2026-10-15', '2026-10-16'],
      ['2026-10-22'],
    ]);
    expect(blocks.map((b) => [b.index, b.start])).toEqual([
      [0, 0],
      [1, 2],
      [2, 4],
    ]);
  });

  it('treats a block length below one as one day per block', () => {
    expect(blocksOf(DAYS, 0)).toHaveLength(5);
    expect(blocksOf([], 3)).toEqual([]);
  });
});

describe('the rotation grid', () => {
  const assignments = plan({ '1': ['A', 'A', 'B', 'B', 'C'], '9': ['B', 'B', 'A', 'A', 'A'] });

  it('puts each student in a row with the setting per day, unplanned days empty', () => {
    const rows = buildGrid([...STUDENTS, { id: '11', name: 'Yasmine' }], DAYS, assignments);
    expect(rows[0].cells).toEqual(['A', 'A', 'B', 'B', 'C']);
    expect(rows[2].cells).toEqual([null, null, null, null, null]);
  });

  it('merges equal cells into runs but never across a block', () => {
    const blocks = blocksOf(DAYS, 2);
    expect(runsOf(['A', 'A', 'A', 'A', 'A'], blocks)).toEqual([
      { start: 0, length: 2, setting: 'A' },
      { start: 2, length: 2, setting: 'A' },
      { start: 4, length: 1, setting: 'A' },
    ]);
    expect(runsOf(['A', 'B', null, null, 'C'], blocks).map((r) => [r.start, r.length, r.setting])).toEqual([
      [0, 1, 'A'],
      [1, 1, 'B'],
      [2, 2, null],
      [4, 1, 'C'],
    ]);
  });

  it('reads one choice per student per block, empty when a block is mixed or unplanned', () => {
    const blocks = blocksOf(DAYS, 2);
    const rows = buildGrid(STUDENTS, DAYS, plan({ '1': ['A', 'B', 'B', 'B', ''], '9': ['B', 'B', 'A', 'A', 'A'] }));
    expect(blockChoices(rows, blocks)).toEqual({ '1': ['', 'B', ''], '9': ['B', 'A', 'A'] });
  });

  it('turns choices back into assignments by day, then by student', () => {
    const blocks = blocksOf(DAYS, 2);
    const choices = blockChoices(buildGrid(STUDENTS, DAYS, assignments), blocks);
    expect(choicesToAssignments(STUDENTS, blocks, choices)).toEqual(assignments);
    const partial = choicesToAssignments(STUDENTS, blocks, { '1': ['A', '', 'C'], '9': ['B', 'A', 'A'] });
    expect(partial.filter((a) => a.student === '1').map((a) => a.date)).toEqual(['2026-10-08', '2026-10-09', '2026-10-22']);
  });

  it('compares choices and counts students per setting in a block', () => {
    expect(sameChoices({ '1': ['A', 'B'] }, { '1': ['A', 'B'] })).toBe(true);
    expect(sameChoices({ '1': ['A', 'B'] }, { '1': ['A', 'C'] })).toBe(false);
    expect(sameChoices({ '1': ['A'] }, { '1': ['A'], '9': [] })).toBe(true);
    expect([...blockLoad({ '1': ['A', 'B'], '9': ['A', ''] }, 0)]).toEqual([['A', 2]]);
  });

  it('finds the choices that overfill a setting in their block', () => {
    const blocks = blocksOf(DAYS, 2);
    const settings = [
      { id: 'A', capacity: 1 },
      { id: 'B', capacity: 2 },
    ];
    expect(overCapacityCells(STUDENTS, blocks, { '1': ['A', 'B', 'A'], '9': ['A', 'B', 'B'] }, settings)).toEqual([
      { student: '1', block: 0 },
      { student: '9', block: 0 },
    ]);
    expect(overCapacityCells(STUDENTS, blocks, { '1': ['A', '', 'A'], '9': ['B', 'B', 'B'] }, settings)).toEqual([]);
  });

  it('counts the different settings each student sees', () => {
    expect(distinctSettings(buildGrid(STUDENTS, DAYS, assignments))).toEqual({ min: 2, total: 5 });
    expect(distinctSettings([])).toEqual({ min: 0, total: 0 });
  });
});

describe('settings for the API', () => {
  it('leaves out an organisation or mentor that is not there', () => {
    expect(
      settingsInput([
        { id: 'A', capacity: 2, organisation_id: 1, mentor_id: 2 },
        { id: 'B', capacity: 1, organisation_id: null, mentor_id: null },
      ]),
    ).toEqual([
      { id: 'A', capacity: 2, organisation_id: 1, mentor_id: 2 },
      { id: 'B', capacity: 1 },
    ]);
  });
});

describe('capacity per setting per day', () => {
  it('counts hosted students per day and flags days over capacity', () => {
    const assignments = plan({ '1': ['A', 'A', 'B', 'B', 'A'], '9': ['A', 'A', 'A', 'A', 'B'] });
    const loads = capacityPerDay(
      [
        { id: 'A', capacity: 1 },
        { id: 'B', capacity: 2 },
      ],
      DAYS,
      assignments,
    );
    expect(loads[0].days.map((d) => d.hosted)).toEqual([2, 2, 1, 1, 1]);
    expect(loads[0].peak).toBe(2);
    expect(loads[0].overDays).toEqual(['2026-10-08', '2026-10-09']);
    expect(loads[1].days.map((d) => d.hosted)).toEqual([0, 0, 1, 1, 1]);
    expect(loads[1].overDays).toEqual([]);
  });
});

describe('a saved rotation that no longer fits', () => {
  const assignments = plan({ '1': ['A', 'A', 'B', 'B', 'C'], '9': ['B', 'B', 'A', 'A', 'A'] });

  it('is fresh when it covers exactly the days and students', () => {
    expect(rotationIsStale(DAYS, STUDENTS, assignments)).toBe(false);
  });

  it('is stale after a day or a student was added or removed', () => {
    expect(rotationIsStale([...DAYS, '2026-10-23'], STUDENTS, assignments)).toBe(true);
    expect(rotationIsStale(DAYS.slice(1), STUDENTS, assignments)).toBe(true);
    expect(rotationIsStale(DAYS, [LOTTE], assignments)).toBe(true);
    expect(rotationIsStale(DAYS, [...STUDENTS, { id: '3', name: 'X' }], assignments)).toBe(true);
  });
});

describe('labels and messages', () => {
  it('shows a day as dd/mm with its weekday', () => {
    expect(dayMonth('2026-10-08')).toBe('08/10');
    expect(weekdayShort('2026-10-08')).toBe('do');
    expect(weekdayLong('2026-10-09')).toBe('vrijdag');
    expect(dayMonth('geen')).toBe('geen');
  });

  it('finds the student and block an assignment error is about', () => {
    const blocks = blocksOf(DAYS, 2);
    const sent = plan({ '1': ['A', 'A', 'B', 'B', 'C'], '9': ['B', 'B', 'A', 'A', 'A'] });
    expect(assignmentCell('assignments[5].date', sent, blocks)).toEqual({ student: '9', block: 1 });
    expect(assignmentCell('assignments', sent, blocks)).toBeNull();
    expect(gridCellId('9', 1)).toBe('rooster-9-blok-2');
    expect(assignmentCell('assignments[99].setting', sent, blocks)).toBeNull();
  });

  it('abbreviates setting names to unique short labels', () => {
    const labels = shortLabels([
      'Sociaal secretariaat (HR Partners)',
      'Personeelsdienst (Stad Mechelen)',
      'Uitzendkantoor (Talentwerk)',
      'HR-software (PeopleTech)',
      'Payroll',
      'Personeel',
    ]);
    expect([...labels.values()]).toEqual(['SS', 'Pe', 'Ui', 'HS', 'Pa', 'Pe2']);
  });

  it('puts names in place of the ids the server uses in some messages', () => {
    const names = new Map([['10', 'Jonas Vermeulen']]);
    expect(withNames('10 wisselt van werkplek binnen het blok.', names)).toBe('Jonas Vermeulen wisselt van werkplek binnen het blok.');
    expect(withNames('Op 08/10/2026 zijn er 2 studenten.', names)).toBe('Op 08/10/2026 zijn er 2 studenten.');
    expect(withNames('77 zit ook in groep 1.', names)).toBe('77 zit ook in groep 1.');
  });
});

describe('what a mentor sees', () => {
  it('puts the students who come on one line per day and setting', () => {
    const day = (date: string, student: string, setting = 'A') => ({
      module: 'expeditie-hr',
      module_name: 'Expeditie HR',
      date,
      setting,
      organisation: 'HR Partners',
      student,
    });
    expect(
      visitsByDay([day('2026-10-09', 'Noor'), day('2026-10-08', 'Jonas'), day('2026-10-08', 'Lotte'), day('2026-10-08', 'Noor', 'B')]),
    ).toEqual([
      { date: '2026-10-08', setting: 'A', students: ['Jonas', 'Lotte'] },
      { date: '2026-10-08', setting: 'B', students: ['Noor'] },
      { date: '2026-10-09', setting: 'A', students: ['Noor'] },
    ]);
  });
});

describe('groups', () => {
  it('asks for threes with the rest in fours, and 1, 2, 3+2 for one, two and five students', () => {
    expect(expectedGroupSizes(0)).toEqual([]);
    expect(expectedGroupSizes(1)).toEqual([1]);
    expect(expectedGroupSizes(2)).toEqual([2]);
    expect(expectedGroupSizes(4)).toEqual([4]);
    expect(expectedGroupSizes(5)).toEqual([3, 2]);
    expect(expectedGroupSizes(7)).toEqual([4, 3]);
    expect(expectedGroupSizes(8)).toEqual([4, 4]);
    expect(expectedGroupSizes(9)).toEqual([3, 3, 3]);
    expect(describeGroupSizes([4, 3, 3])).toBe('2 groepen van 3 en 1 groep van 4');
  });

  it('moves a student between groups, to a new group, and drops groups left empty', () => {
    const groups = [
      { students: ['1', '2', '3'], company: '4' },
      { students: ['5'], company: '6' },
    ];
    expect(moveStudent(groups, '2', 1)).toEqual([
      { students: ['1', '3'], company: '4' },
      { students: ['5', '2'], company: '6' },
    ]);
    expect(moveStudent(groups, '5', 0)).toEqual([{ students: ['1', '2', '3', '5'], company: '4' }]);
    expect(moveStudent(groups, '1', NEW_GROUP)).toEqual([
      { students: ['2', '3'], company: '4' },
      { students: ['5'], company: '6' },
      { students: ['1'], company: '' },
    ]);
    expect(groups[0].students).toEqual(['1', '2', '3']);
  });

  it('checks group sizes and counts groups per company', () => {
    const groups = [
      { students: ['1', '2', '3', '4'], company: '4' },
      { students: ['5', '6', '7'], company: '4' },
    ];
    expect(groupSizesFit(groups, 7)).toBe(true);
    expect(groupSizesFit(groups, 8)).toBe(false);
    expect(setGroupCompany(groups, 1, '9')[1].company).toBe('9');
    expect(companyLoads([{ id: '4', capacity: 1 }, { id: '9', capacity: 2 }], groups)).toEqual([
      { id: '4', capacity: 1, groups: 2 },
      { id: '9', capacity: 2, groups: 0 },
    ]);
  });

  it('offers the HR-technology companies first', () => {
    const org = (id: number, name: string, kind: string, kind_name: string) =>
      ({ id, name, kind, kind_name }) as Parameters<typeof companyOptions>[0][number];
    expect(
      companyOptions([
        org(1, 'HR Partners', 'social_secretariat', 'Sociaal secretariaat'),
        org(4, 'PeopleTech Solutions', 'hr_technology', 'HR-technologiebedrijf'),
        org(5, 'Apex HR', 'hr_technology', 'HR-technologiebedrijf'),
      ]),
    ).toEqual([
      { value: 5, label: 'Apex HR' },
      { value: 4, label: 'PeopleTech Solutions' },
      { value: 1, label: 'HR Partners (Sociaal secretariaat)' },
    ]);
  });

  it('counts honoured preferences among the students who gave one', () => {
    const groups = [
      { students: ['1', '2', '3'], company: '4' },
      { students: ['5', '6', '7'], company: '9' },
    ];
    expect(preferencesHonoured(groups, { '1': '4', '5': '4', '6': '' })).toEqual({ honoured: 1, total: 2 });
  });
});
