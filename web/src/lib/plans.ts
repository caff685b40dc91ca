// Pure logic behind the planning page: the rotation's blocks and grid (R14),
// capacity per setting per day, turning per-block choices into assignments,
// and moving students between groups (R15). No I/O; the server stays the
// judge of the rules, this only shows them and builds what is sent.

import type { Organisation } from './api';
import { MODULE_COLOURS, WEEKDAYS, parseIsoDate, weekdayOf, type IsoDate } from './calendar';
import type {
  MyRotationDay,
  PlanStudent,
  RotationAssignment,
  RotationInput,
  RotationSetting,
  StudentGroup,
} from './planApi';

// --- the rotation ----------------------------------------------------------------------

/** "2026-10-08" → "08/10", for column headers. */
export function dayMonth(date: IsoDate): string {
  const p = parseIsoDate(date);
  return p ? `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}` : date;
}

/** "2026-10-08" → "do". */
export function weekdayShort(date: IsoDate): string {
  return parseIsoDate(date) ? WEEKDAYS[weekdayOf(date) - 1].short : '';
}

/** "2026-10-08" → "donderdag". */
export function weekdayLong(date: IsoDate): string {
  return parseIsoDate(date) ? WEEKDAYS[weekdayOf(date) - 1].long : '';
}

export interface Block {
  /** 0-based. */
  index: number;
  /** Index of the block's first day in the module's days. */
  start: number;
  days: IsoDate[];
}

/** Blocks of `blockDays` consecutive module days; the last one may be shorter. */
export function blocksOf(days: readonly IsoDate[], blockDays: number): Block[] {
  const size = Math.max(1, Math.floor(blockDays) || 1);
  const out: Block[] = [];
  for (let start = 0; start < days.length; start += size) {
    out.push({ index: out.length, start, days: days.slice(start, start + size) });
  }
  return out;
}

function key(student: string, date: IsoDate): string {
  return `${student}|${date}`;
}

export interface GridRow {
  student: PlanStudent;
  /** The setting per module day (null: not planned that day). */
  cells: (string | null)[];
}

/** Rows of students, one cell per module day. Assignments on other days are left out. */
export function buildGrid(
  students: readonly PlanStudent[],
  days: readonly IsoDate[],
  assignments: readonly RotationAssignment[],
): GridRow[] {
  const at = new Map<string, string>();
  for (const a of assignments) at.set(key(a.student, a.date), a.setting);
  return students.map((student) => ({ student, cells: days.map((d) => at.get(key(student.id, d)) ?? null) }));
}

export interface Run {
  /** Index of the first day. */
  start: number;
  length: number;
  setting: string | null;
}

/** A row's cells as runs of one setting, never crossing a block (for one cell spanning a block). */
export function runsOf(cells: readonly (string | null)[], blocks: readonly Block[]): Run[] {
  const out: Run[] = [];
  for (const block of blocks) {
    for (let d = block.start; d < block.start + block.days.length; d++) {
      const last = out[out.length - 1];
      if (last && d !== block.start && last.setting === cells[d]) last.length++;
      else out.push({ start: d, length: 1, setting: cells[d] ?? null });
    }
  }
  return out;
}

/** The settings as the API takes them: no organisation or mentor keys when there is none. */
export function settingsInput(settings: readonly RotationSetting[]): RotationInput['settings'] {
  return settings.map((s) => ({
    id: s.id,
    capacity: s.capacity,
    ...(s.organisation_id !== null ? { organisation_id: s.organisation_id } : {}),
    ...(s.mentor_id !== null ? { mentor_id: s.mentor_id } : {}),
  }));
}

/** Per student, per block: its setting, or '' when the block is not planned as one setting. */
export type BlockChoices = Record<string, string[]>;

export function blockChoices(rows: readonly GridRow[], blocks: readonly Block[]): BlockChoices {
  const out: BlockChoices = {};
  for (const row of rows) {
    out[row.student.id] = blocks.map((b) => {
      const cells = row.cells.slice(b.start, b.start + b.days.length);
      const first = cells[0];
      return first && cells.every((c) => c === first) ? first : '';
    });
  }
  return out;
}

/** The assignments for the choices, by day and then by student (the planner's order); empty choices are left out. */
export function choicesToAssignments(
  students: readonly PlanStudent[],
  blocks: readonly Block[],
  choices: BlockChoices,
): RotationAssignment[] {
  const out: RotationAssignment[] = [];
  for (const block of blocks) {
    for (const date of block.days) {
      for (const s of students) {
        const setting = choices[s.id]?.[block.index] ?? '';
        if (setting) out.push({ student: s.id, date, setting });
      }
    }
  }
  return out;
}

export function sameChoices(a: BlockChoices, b: BlockChoices): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const x = a[k] ?? [];
    const y = b[k] ?? [];
    if (x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
  }
  return true;
}

/** Students in a block per setting, from the choices. */
export function blockLoad(choices: BlockChoices, blockIndex: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const list of Object.values(choices)) {
    const setting = list[blockIndex];
    if (setting) out.set(setting, (out.get(setting) ?? 0) + 1);
  }
  return out;
}

/** The choices that put a setting over its places in their block (every day of a block is the same). */
export function overCapacityCells(
  students: readonly PlanStudent[],
  blocks: readonly Block[],
  choices: BlockChoices,
  settings: readonly Pick<RotationSetting, 'id' | 'capacity'>[],
): { student: string; block: number }[] {
  const capacity = new Map(settings.map((s) => [s.id, s.capacity]));
  const out: { student: string; block: number }[] = [];
  for (const block of blocks) {
    const load = blockLoad(choices, block.index);
    for (const s of students) {
      const setting = choices[s.id]?.[block.index];
      const places = setting ? capacity.get(setting) : undefined;
      if (places !== undefined && (load.get(setting!) ?? 0) > places) out.push({ student: s.id, block: block.index });
    }
  }
  return out;
}

export interface DayLoad {
  date: IsoDate;
  hosted: number;
}

export interface SettingLoad {
  setting: string;
  capacity: number;
  days: DayLoad[];
  /** The most students on one day. */
  peak: number;
  /** Days with more students than places. */
  overDays: IsoDate[];
}

/** For each setting, how many students it hosts on each module day. */
export function capacityPerDay(
  settings: readonly Pick<RotationSetting, 'id' | 'capacity'>[],
  days: readonly IsoDate[],
  assignments: readonly RotationAssignment[],
): SettingLoad[] {
  const count = new Map<string, number>();
  for (const a of assignments) count.set(`${a.setting}|${a.date}`, (count.get(`${a.setting}|${a.date}`) ?? 0) + 1);
  return settings.map((s) => {
    const loads = days.map((date) => ({ date, hosted: count.get(`${s.id}|${date}`) ?? 0 }));
    return {
      setting: s.id,
      capacity: s.capacity,
      days: loads,
      peak: loads.reduce((m, l) => Math.max(m, l.hosted), 0),
      overDays: loads.filter((l) => l.hosted > s.capacity).map((l) => l.date),
    };
  });
}

export interface Distinct {
  /** The fewest different settings any student sees. */
  min: number;
  /** All students' different settings added up. */
  total: number;
}

export function distinctSettings(rows: readonly GridRow[]): Distinct {
  if (rows.length === 0) return { min: 0, total: 0 };
  const counts = rows.map((r) => new Set(r.cells.filter((c): c is string => !!c)).size);
  return { min: Math.min(...counts), total: counts.reduce((a, b) => a + b, 0) };
}

/** Whether the saved assignments still cover exactly the module's current days and students. */
export function rotationIsStale(
  days: readonly IsoDate[],
  students: readonly PlanStudent[],
  assignments: readonly RotationAssignment[],
): boolean {
  const dayset = new Set(days);
  const ids = new Set(students.map((s) => s.id));
  if (assignments.some((a) => !dayset.has(a.date) || !ids.has(a.student))) return true;
  const covered = new Set(assignments.map((a) => key(a.student, a.date)));
  return students.some((s) => days.some((d) => !covered.has(key(s.id, d))));
}

/** Which student and block an error path such as "assignments[5].date" is about, in the list that was sent. */
export function assignmentCell(
  path: string,
  sent: readonly RotationAssignment[],
  blocks: readonly Block[],
): { student: string; block: number } | null {
  const m = /^assignments\[(\d+)\]/.exec(path);
  const a = m ? sent[Number(m[1])] : undefined;
  if (!a) return null;
  const block = blocks.find((b) => b.days.includes(a.date));
  return block ? { student: a.student, block: block.index } : null;
}

/** The element id of the grid's choice for a student in a block. */
export function gridCellId(student: string, block: number): string {
  return `rooster-${student.replace(/[^A-Za-z0-9_-]/g, '_')}-blok-${block + 1}`;
}

/** Colour index (see .mod-N in app.css) per setting, in the order of the settings. */
export function settingColours(settings: readonly string[]): Map<string, number> {
  return new Map(settings.map((s, i) => [s, i % MODULE_COLOURS]));
}

/**
 * Short labels for the grid: the initials of a setting's name (what comes
 * before a parenthesis), or its first two letters for one word; made unique
 * with a number. "Sociaal secretariaat (HR Partners)" → "SS".
 */
export function shortLabels(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Map<string, number>();
  for (const name of names) {
    const head = name.split('(')[0].trim() || name.trim();
    const words = head.split(/[\s\-–/]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    let label =
      words.length > 1
        ? words
            .slice(0, 3)
            .map((w) => w.match(/[\p{L}\p{N}]/u)?.[0] ?? '')
            .join('')
            .toUpperCase()
        : (words[0] ?? '?').replace(/[^\p{L}\p{N}]/gu, '').slice(0, 2);
    if (!label) label = '?';
    label = label.charAt(0).toUpperCase() + label.slice(1);
    const seen = used.get(label) ?? 0;
    used.set(label, seen + 1);
    out.set(name, seen ? `${label}${seen + 1}` : label);
  }
  return out;
}

/**
 * The server names students and companies in some messages by their id
 * ("10 wisselt van werkplek…"); this puts the name in its place.
 */
export function withNames(message: string, names: ReadonlyMap<string, string>): string {
  return message.replace(/^(\d+)(?=\s)/, (id) => names.get(id) ?? id);
}

// --- what a mentor sees -----------------------------------------------------------------

export interface Visit {
  date: IsoDate;
  setting: string;
  students: string[];
}

/** A mentor's rotation days as one line per day and setting, with the students who come, by date. */
export function visitsByDay(days: readonly MyRotationDay[]): Visit[] {
  const out = new Map<string, Visit>();
  for (const d of days) {
    const k = `${d.date}|${d.setting}`;
    const visit = out.get(k) ?? { date: d.date, setting: d.setting, students: [] };
    if (d.student && !visit.students.includes(d.student)) visit.students.push(d.student);
    out.set(k, visit);
  }
  return [...out.values()].sort((a, b) => a.date.localeCompare(b.date) || a.setting.localeCompare(b.setting));
}

// --- the groups ---------------------------------------------------------------------------

/** The group sizes the rule asks for: threes, the rest in fours; 1, 2 and 5 students → 1, 2 and 3+2. */
export function expectedGroupSizes(students: number): number[] {
  if (students <= 0) return [];
  if (students <= 2) return [students];
  if (students === 5) return [3, 2];
  const groups = Math.floor(students / 3);
  const fours = students % 3;
  return [...Array<number>(fours).fill(4), ...Array<number>(groups - fours).fill(3)];
}

/** "1 groep van 4" / "2 groepen van 3 en 1 groep van 4". */
export function describeGroupSizes(sizes: readonly number[]): string {
  const bySize = new Map<number, number>();
  for (const s of sizes) bySize.set(s, (bySize.get(s) ?? 0) + 1);
  const parts = [...bySize.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([size, n]) => `${n} ${n === 1 ? 'groep' : 'groepen'} van ${size}`);
  return new Intl.ListFormat('nl-BE', { type: 'conjunction' }).format(parts);
}

/** Whether the groups have the sizes the rule asks for (in any order). */
export function groupSizesFit(groups: readonly StudentGroup[], students: number): boolean {
  const have = groups.map((g) => g.students.length).sort((a, b) => a - b);
  const want = expectedGroupSizes(students).sort((a, b) => a - b);
  return have.length === want.length && have.every((s, i) => s === want[i]);
}

const HR_TECHNOLOGY = 'hr_technology';

/** The register as choices of company: HR-technology companies first, then the others, each by name. */
export function companyOptions(organisations: readonly Organisation[]): { value: number; label: string }[] {
  const collator = new Intl.Collator('nl-BE', { sensitivity: 'base' });
  return [...organisations]
    .sort(
      (a, b) =>
        Number(b.kind === HR_TECHNOLOGY) - Number(a.kind === HR_TECHNOLOGY) || collator.compare(a.name, b.name),
    )
    .map((o) => ({ value: o.id, label: o.kind === HR_TECHNOLOGY ? o.name : `${o.name} (${o.kind_name})` }));
}

export const NEW_GROUP = -1;

/** Moves a student to group `to` (NEW_GROUP: a new group without a company); groups left empty go. */
export function moveStudent(groups: readonly StudentGroup[], student: string, to: number): StudentGroup[] {
  const out = groups.map((g) => ({ ...g, students: g.students.filter((s) => s !== student) }));
  if (to === NEW_GROUP || to >= out.length) out.push({ students: [student], company: '' });
  else out[to].students.push(student);
  return out.filter((g) => g.students.length > 0);
}

export function setGroupCompany(groups: readonly StudentGroup[], index: number, company: string): StudentGroup[] {
  return groups.map((g, i) => (i === index ? { ...g, company } : g));
}

export interface CompanyLoad {
  id: string;
  capacity: number;
  groups: number;
}

export function companyLoads(
  companies: readonly { id: string; capacity: number }[],
  groups: readonly StudentGroup[],
): CompanyLoad[] {
  return companies.map((c) => ({
    id: c.id,
    capacity: c.capacity,
    groups: groups.filter((g) => g.company === c.id).length,
  }));
}

/** Preferences met by the groups, out of the students who gave one. */
export function preferencesHonoured(
  groups: readonly StudentGroup[],
  preferences: Readonly<Record<string, string>>,
): { honoured: number; total: number } {
  const companyOf = new Map<string, string>();
  for (const g of groups) for (const s of g.students) companyOf.set(s, g.company);
  const wishes = Object.entries(preferences).filter(([, company]) => !!company);
  return {
    honoured: wishes.filter(([student, company]) => companyOf.get(student) === company).length,
    total: wishes.length,
  };
}

export function sameGroups(a: readonly StudentGroup[], b: readonly StudentGroup[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
