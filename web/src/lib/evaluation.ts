// The evaluation (R18–R21) without the screen: levels and ratings as the
// forms keep them, what is still empty, the changes in the tripartite meeting
// and their reasons, the self-assessment with its STARR reflection and growth
// points, mentor and student side by side (text and chart geometry), scores
// with a decimal comma, the history of the final rating in Dutch, and the
// programme lead's rubric editor (numbers typed with a decimal comma).

import { formatIsoDate, isIsoDate, type IsoDate } from './calendar';
import type { FieldErrors } from './fields';
import { formatNumber } from './format';
import type {
  Assessment,
  ComparisonRow,
  Evaluation,
  GrowthPoint,
  Meeting,
  RatingVersion,
  RatingsInput,
  Reflection,
  Rubric,
  RubricCriterion,
  RubricLevel,
  Rating,
  Rounding,
  SelfInput,
} from './evaluationApi';

/** The server's limits, in characters. */
export const MAX_COMMENT = 2000;
export const MAX_REFLECTION = 4000;
export const MAX_GROWTH_POINTS = 10;
export const MAX_PLACE = 200;
export const MAX_NOTES = 4000;
export const MAX_DESCRIPTION = 1000;

function length(text: string): number {
  return [...text].length;
}

function list(items: readonly string[]): string {
  return new Intl.ListFormat('nl-BE', { type: 'conjunction' }).format(items);
}

// --- levels ----------------------------------------------------------------------------

/** The position of a level on the scale (0 = lowest), or -1 when there is none. */
export function levelIndex(levels: readonly RubricLevel[], code: string): number {
  return levels.findIndex((l) => l.code === code);
}

/** "G" → "goed"; an empty level → "nog leeg"; an unknown code as is. */
export function levelName(levels: readonly RubricLevel[], code: string): string {
  if (!code) return 'nog leeg';
  return levels.find((l) => l.code === code)?.name || code;
}

export function criterionTitle(rubric: Pick<Rubric, 'criteria'>, code: string): string {
  return rubric.criteria.find((c) => c.code === code)?.title || code;
}

// --- ratings as the forms keep them ------------------------------------------------------

export interface RatingDraft {
  level: string;
  comment: string;
  /** Only in the meeting: why the supervisor changes the mentor's level. */
  reason: string;
}

export type RatingDrafts = Record<string, RatingDraft>;

/** A draft for every criterion of the rubric, filled from the ratings there are. */
export function draftsFrom(rubric: Pick<Rubric, 'criteria'>, ratings: readonly Rating[] = []): RatingDrafts {
  const out: RatingDrafts = {};
  for (const c of rubric.criteria) {
    const r = ratings.find((x) => x.criterion === c.code);
    out[c.code] = { level: r?.level ?? '', comment: r?.comment ?? '', reason: '' };
  }
  return out;
}

/** Every criterion, as the final rating and the self-assessment send it. */
export function ratingsInput(rubric: Pick<Rubric, 'criteria'>, drafts: RatingDrafts): RatingsInput {
  const out: RatingsInput = {};
  for (const c of rubric.criteria) {
    const d = drafts[c.code];
    out[c.code] = { level: d?.level ?? '', comment: (d?.comment ?? '').trim() };
  }
  return out;
}

/** Interim feedback: levels are optional, so only the criteria with a level or a comment. */
export function interimRatingsInput(rubric: Pick<Rubric, 'criteria'>, drafts: RatingDrafts): RatingsInput {
  const out: RatingsInput = {};
  for (const [code, r] of Object.entries(ratingsInput(rubric, drafts))) if (r.level || r.comment) out[code] = r;
  return out;
}

/** R18 "as complete as possible": the criteria still without a level, in the rubric's order. */
export function emptyCriteria(rubric: Pick<Rubric, 'criteria'>, drafts: RatingDrafts): RubricCriterion[] {
  return rubric.criteria.filter((c) => !drafts[c.code]?.level);
}

/** "Nog leeg: Communicatie en Planning" or that every criterion has a level. */
export function emptyText(empty: readonly Pick<RubricCriterion, 'title'>[]): string {
  if (empty.length === 0) return 'Alle criteria hebben een niveau.';
  return `Nog leeg (${empty.length}): ${list(empty.map((c) => c.title))}`;
}

/** Comments no longer than the server takes, at "ratings.<code>.comment". */
export function checkComments(drafts: RatingDrafts): FieldErrors {
  const errors: FieldErrors = {};
  for (const [code, d] of Object.entries(drafts)) {
    if (length(d.comment.trim()) > MAX_COMMENT) errors[`ratings.${code}.comment`] = `Houd het korter: hoogstens ${MAX_COMMENT} tekens.`;
  }
  return errors;
}

/** Server paths "ratings.<code>" (a problem with the level) go to the level buttons, the rest stays. */
export function ratingFieldId(path: string, prefix: string): string {
  const match = /^ratings\.([^.]+)(?:\.(comment|reason|level))?$/.exec(path);
  if (!match) return `${prefix}-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const part = match[2] ?? 'level';
  return `${prefix}-${match[1]}-${part}`;
}

// --- the tripartite meeting (R19) ------------------------------------------------------

/** Whether the supervisor changed this criterion's level away from the mentor's. */
export function levelChanged(original: readonly Rating[], code: string, draft: RatingDraft | undefined): boolean {
  const before = original.find((r) => r.criterion === code)?.level ?? '';
  return (draft?.level ?? '') !== before;
}

/** Only the criteria the supervisor changed (level or comment), each with its reason. */
export function revisionInput(rubric: Pick<Rubric, 'criteria'>, original: readonly Rating[], drafts: RatingDrafts): RatingsInput {
  const out: RatingsInput = {};
  for (const c of rubric.criteria) {
    const d = drafts[c.code];
    if (!d) continue;
    const before = original.find((r) => r.criterion === c.code);
    const level = d.level;
    const comment = d.comment.trim();
    if (level === (before?.level ?? '') && comment === (before?.comment ?? '')) continue;
    out[c.code] = { level, comment, reason: d.reason.trim() };
  }
  return out;
}

/** A changed level needs a reason (the server says the same at "ratings.<code>.reason"). */
export function checkRevision(rubric: Pick<Rubric, 'criteria'>, original: readonly Rating[], drafts: RatingDrafts): FieldErrors {
  const errors: FieldErrors = checkComments(drafts);
  for (const c of rubric.criteria) {
    const d = drafts[c.code];
    if (!d) continue;
    if (levelChanged(original, c.code, d) && !d.reason.trim())
      errors[`ratings.${c.code}.reason`] = 'Schrijf waarom het niveau verandert.';
    else if (length(d.reason.trim()) > MAX_COMMENT)
      errors[`ratings.${c.code}.reason`] = `Houd het korter: hoogstens ${MAX_COMMENT} tekens.`;
  }
  return errors;
}

// --- interim feedback (R18) ----------------------------------------------------------

export interface InterimDraft {
  date: IsoDate;
  comment: string;
  ratings: RatingDrafts;
}

export function validateInterim(draft: InterimDraft, today: IsoDate): FieldErrors {
  const errors: FieldErrors = checkComments(draft.ratings);
  if (!draft.date) errors.date = 'Kies de dag van de feedback.';
  else if (!isIsoDate(draft.date)) errors.date = 'Schrijf de datum als dd/mm/jjjj.';
  else if (draft.date > today) errors.date = 'Tussentijdse feedback gaat over een dag die al geweest is.';
  const comment = draft.comment.trim();
  if (!comment) errors.comment = 'Schrijf je feedback.';
  else if (length(comment) > MAX_COMMENT) errors.comment = `Houd het korter: hoogstens ${MAX_COMMENT} tekens.`;
  return errors;
}

// --- the self-assessment (R21) --------------------------------------------------------

export interface StarrPart {
  key: keyof Reflection;
  label: string;
  hint: string;
}

export const STARR_PARTS: readonly StarrPart[] = [
  { key: 'situation', label: 'Situatie', hint: 'Waar en wanneer speelde het zich af? Wie was erbij?' },
  { key: 'task', label: 'Taak', hint: 'Wat was jouw taak of rol? Wat werd er van je verwacht?' },
  { key: 'action', label: 'Actie', hint: 'Wat deed je concreet? Hoe pakte je het aan?' },
  { key: 'result', label: 'Resultaat', hint: 'Wat was het resultaat? Hoe reageerden anderen?' },
  { key: 'reflection', label: 'Reflectie', hint: 'Wat leer je eruit? Wat doe je een volgende keer anders?' },
];

export interface GrowthDraft {
  action: string;
  due: IsoDate;
}

export interface SelfDraft {
  ratings: RatingDrafts;
  reflection: Reflection;
  growth: GrowthDraft[];
}

export function emptyReflection(): Reflection {
  return { situation: '', task: '', action: '', result: '', reflection: '' };
}

export function selfDraftFrom(rubric: Pick<Rubric, 'criteria'>, self: Assessment | null, points: readonly GrowthPoint[]): SelfDraft {
  return {
    ratings: draftsFrom(rubric, self?.ratings ?? []),
    reflection: { ...emptyReflection(), ...(self?.reflection ?? {}) },
    growth: points.length ? points.map((p) => ({ action: p.action, due: p.due })) : [{ action: '', due: '' }],
  };
}

/** Rows the student left completely empty are not sent. */
function filledGrowth(growth: readonly GrowthDraft[]): GrowthDraft[] {
  return growth.map((g) => ({ action: g.action.trim(), due: g.due.trim() })).filter((g) => g.action || g.due);
}

/**
 * The browser's own checks, as the server does them: a draft only on lengths
 * and growth points that are begun; submitting needs every criterion with a
 * level and a justification, the five parts of the reflection and a growth point.
 */
export function validateSelf(rubric: Pick<Rubric, 'criteria'>, draft: SelfDraft, submit: boolean): FieldErrors {
  const errors: FieldErrors = checkComments(draft.ratings);
  if (submit) {
    for (const c of rubric.criteria) {
      const d = draft.ratings[c.code];
      if (!d?.level) errors[`ratings.${c.code}`] = `Kies een niveau voor "${c.title}".`;
      else if (!d.comment.trim()) errors[`ratings.${c.code}.comment`] = `Licht je niveau voor "${c.title}" kort toe.`;
    }
  }
  const questions: Record<keyof Reflection, string> = {
    situation: 'Beschrijf de situatie.',
    task: 'Beschrijf je taak.',
    action: 'Beschrijf wat je deed.',
    result: 'Beschrijf het resultaat.',
    reflection: 'Beschrijf wat je eruit leert.',
  };
  for (const part of STARR_PARTS) {
    const text = draft.reflection[part.key].trim();
    if (submit && !text) errors[`reflection.${part.key}`] = questions[part.key];
    else if (length(text) > MAX_REFLECTION) errors[`reflection.${part.key}`] = `Houd het korter: hoogstens ${MAX_REFLECTION} tekens.`;
  }
  // Indices as sent: the empty rows are left out first.
  const rows = filledGrowth(draft.growth);
  if (submit && rows.length === 0) errors.growth_points = 'Schrijf minstens één groeipunt met een datum.';
  if (rows.length > MAX_GROWTH_POINTS) errors.growth_points = `Hoogstens ${MAX_GROWTH_POINTS} groeipunten.`;
  rows.forEach((g, i) => {
    if (!g.action) errors[`growth_points[${i}].action`] = 'Schrijf wat je concreet gaat doen.';
    else if (length(g.action) > MAX_COMMENT) errors[`growth_points[${i}].action`] = `Houd het korter: hoogstens ${MAX_COMMENT} tekens.`;
    if (!g.due) errors[`growth_points[${i}].due`] = 'Kies een datum waarop je het gedaan hebt.';
    else if (!isIsoDate(g.due)) errors[`growth_points[${i}].due`] = 'Schrijf de datum als dd/mm/jjjj.';
  });
  return errors;
}

/** The growth rows as the form shows them ↔ as sent: the index of each filled row in the form. */
export function growthRowIndices(growth: readonly GrowthDraft[]): number[] {
  const out: number[] = [];
  growth.forEach((g, i) => {
    if (g.action.trim() || g.due.trim()) out.push(i);
  });
  return out;
}

/** Moves the server's "growth_points[i]…" (indices as sent) to the rows of the form. */
export function mapGrowthFields(fields: FieldErrors, growth: readonly GrowthDraft[]): FieldErrors {
  const rows = growthRowIndices(growth);
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = /^growth_points\[(\d+)\](.*)$/.exec(path);
    if (match && rows[Number(match[1])] !== undefined) out[`growth_points[${rows[Number(match[1])]}]${match[2]}`] = message;
    else out[path] = message;
  }
  return out;
}

export function selfInput(rubric: Pick<Rubric, 'criteria'>, draft: SelfDraft, submit: boolean): SelfInput {
  const reflection = emptyReflection();
  for (const part of STARR_PARTS) reflection[part.key] = draft.reflection[part.key].trim();
  return { ratings: ratingsInput(rubric, draft.ratings), reflection, growth_points: filledGrowth(draft.growth), submit };
}

// --- side by side (R21) ----------------------------------------------------------------

export type DifferenceKind = 'same' | 'higher' | 'lower' | 'none';

export function differenceKind(difference: number | null): DifferenceKind {
  if (difference === null) return 'none';
  return difference === 0 ? 'same' : difference > 0 ? 'higher' : 'lower';
}

/**
 * The student's level against the mentor's, for the student ("+1 hoger dan je
 * mentor") or for the school ("student 1 hoger").
 */
export function differenceText(difference: number | null, reader: 'student' | 'staff' = 'student'): string {
  const steps = difference === null ? 0 : Math.abs(difference);
  const word = steps === 1 ? 'niveau' : 'niveaus';
  switch (differenceKind(difference)) {
    case 'none':
      return 'niet te vergelijken';
    case 'same':
      return reader === 'student' ? 'gelijk aan je mentor' : 'gelijk';
    case 'higher':
      return reader === 'student' ? `+${steps} hoger dan je mentor` : `student ${steps} ${word} hoger`;
    case 'lower':
      return reader === 'student' ? `−${steps} lager dan je mentor` : `student ${steps} ${word} lager`;
  }
}

export interface ComparisonLine {
  code: string;
  title: string;
  mentor: string;
  self: string;
  mentorIndex: number;
  selfIndex: number;
  difference: number | null;
}

export function comparisonLines(rubric: Pick<Rubric, 'criteria' | 'levels'>, rows: readonly ComparisonRow[]): ComparisonLine[] {
  return rows.map((r) => ({
    code: r.criterion,
    title: criterionTitle(rubric, r.criterion),
    mentor: levelName(rubric.levels, r.mentor),
    self: levelName(rubric.levels, r.self),
    mentorIndex: levelIndex(rubric.levels, r.mentor),
    selfIndex: levelIndex(rubric.levels, r.self),
    difference: r.difference,
  }));
}

/** The chart's text alternative: what differs, in one sentence. */
export function comparisonSummary(lines: readonly ComparisonLine[], reader: 'student' | 'staff' = 'student'): string {
  const same = lines.filter((l) => l.difference === 0).length;
  const higher = lines.filter((l) => (l.difference ?? 0) > 0).map((l) => l.title);
  const lower = lines.filter((l) => (l.difference ?? 0) < 0).map((l) => l.title);
  const student = reader === 'student';
  const subject = student ? 'Jij schat jezelf' : 'De student schat zich';
  const mentor = student ? 'je mentor' : 'de mentor';
  const agree = student ? 'jij en je mentor' : 'student en mentor';
  const parts = [`Op ${same} van ${lines.length} criteria zijn ${agree} het eens.`];
  // A title cut short already ends in "…": no full stop after it.
  const end = (text: string) => (/[.…]$/.test(text) ? text : `${text}.`);
  if (higher.length) parts.push(end(`${subject} hoger in dan ${mentor} bij ${list(higher)}`));
  if (lower.length) parts.push(end(`${subject} lager in dan ${mentor} bij ${list(lower)}`));
  return parts.join(' ');
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** x of each level on the scale. */
  levelX: number[];
  /** Where each criterion's title and scale line sit. */
  rows: { titleY: number; lineY: number }[];
  headerY: number;
}

/**
 * The comparison chart in SVG user units: a header with the level names (on
 * two staggered lines, so long names do not overlap), then per criterion a
 * title and a scale.
 */
export function chartGeometry(levelCount: number, rowCount: number, width = 320): ChartGeometry {
  const side = 20;
  const headerHeight = 40;
  const rowHeight = 50;
  const span = width - 2 * side;
  const levelX = Array.from({ length: levelCount }, (_, i) =>
    levelCount <= 1 ? width / 2 : Math.round((side + (span * i) / (levelCount - 1)) * 10) / 10,
  );
  const rows = Array.from({ length: rowCount }, (_, i) => ({
    titleY: headerHeight + i * rowHeight + 16,
    lineY: headerHeight + i * rowHeight + 36,
  }));
  return { width, height: headerHeight + rowCount * rowHeight + 4, levelX, rows, headerY: 14 };
}

/** A title that fits on one line of the chart ("Professionele houding…"); the table has it whole. */
export function shortTitle(title: string, max = 40): string {
  const chars = [...title];
  return chars.length <= max ? title : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

// --- scores (R20) ----------------------------------------------------------------------

/** 13.5 → "13,5"; 14 → "14"; 12.25 → "12,25" (at most two decimals, decimal comma). */
export function formatScore(value: number): string {
  return formatNumber(Math.round(value * 100) / 100);
}

/** "13,5 op 20". */
export function scoreText(value: number): string {
  return `${formatScore(value)} op 20`;
}

/** "13,5", "13.5" or "14" → the number; anything else → null. */
export function parseDecimal(value: string): number | null {
  const text = value.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/** A score the supervisor types instead of the calculation: 0–20 in halves, with a reason when it differs. */
export function validateOverride(input: string, calculated: number, reason: string): FieldErrors {
  const errors: FieldErrors = {};
  const score = parseDecimal(input);
  if (score === null || score < 0 || score > 20 || Math.abs(score * 2 - Math.round(score * 2)) > 1e-9)
    errors.final_score = 'Een score is een getal van 0 tot 20, in hele of halve punten (bv. 13,5).';
  else if (Math.abs(score - calculated) > 1e-9 && !reason.trim())
    errors.override_reason = 'Schrijf waarom de score afwijkt van de berekening.';
  if (length(reason.trim()) > MAX_COMMENT) errors.override_reason = `Houd het korter: hoogstens ${MAX_COMMENT} tekens.`;
  return errors;
}

// --- the history of the final rating (R19) ------------------------------------------

const VERSION_ACTIONS: Record<string, string> = {
  saved: 'Bewaard als klad',
  submitted: 'Ingediend door de mentor',
  reopened: 'Heropend',
  meeting: 'Aangepast in het driehoeksgesprek',
};

export function versionActionName(action: string): string {
  return VERSION_ACTIONS[action] ?? action;
}

/** What changed from the previous version, one line per criterion, in Dutch. */
export function versionChanges(rubric: Pick<Rubric, 'criteria' | 'levels'>, previous: RatingVersion | null, current: RatingVersion): string[] {
  const lines: string[] = [];
  for (const c of rubric.criteria) {
    const before = previous?.ratings.find((r) => r.criterion === c.code);
    const now = current.ratings.find((r) => r.criterion === c.code);
    const oldLevel = before?.level ?? '';
    const newLevel = now?.level ?? '';
    const reason = now?.reason ? ` — reden: ${now.reason}` : '';
    if (oldLevel !== newLevel) {
      lines.push(
        previous || oldLevel
          ? `${c.title}: ${levelName(rubric.levels, oldLevel)} → ${levelName(rubric.levels, newLevel)}${reason}`
          : `${c.title}: ${levelName(rubric.levels, newLevel)}`,
      );
    } else if ((before?.comment ?? '') !== (now?.comment ?? '')) {
      lines.push(`${c.title}: toelichting ${before?.comment ? 'aangepast' : 'toegevoegd'}${reason}`);
    }
  }
  if ((previous?.comment ?? '') !== current.comment && current.comment) lines.push('Algemene opmerking aangepast');
  return lines;
}

/** The versions as HistoryTimeline shows them: label, who, when, and what changed with the reasons. */
export function historyEvents(rubric: Pick<Rubric, 'criteria' | 'levels'>, versions: readonly RatingVersion[]) {
  return versions.map((v, i) => {
    const changes = versionChanges(rubric, i > 0 ? versions[i - 1] : null, v);
    const reason = v.reason ? `Reden: ${v.reason}` : '';
    return {
      at: v.at,
      actor: v.by.name,
      action: `Versie ${v.version}: ${versionActionName(v.action)}`,
      comment: [reason, ...changes].filter(Boolean).join('\n'),
    };
  });
}

// --- the meeting (R19) ------------------------------------------------------------------

export function meetingDraftFrom(meeting: Meeting | null): Meeting {
  return meeting ? { ...meeting } : { date: '', start: '', place: '', notes: '', held: false };
}

export function validateMeeting(draft: Meeting): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.date) errors.date = 'Kies de dag van het driehoeksgesprek.';
  else if (!isIsoDate(draft.date)) errors.date = 'Schrijf de datum als dd/mm/jjjj.';
  if (!draft.start.trim()) errors.start = 'Vul het beginuur in.';
  else if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.start.trim())) errors.start = 'Schrijf het uur als UU:MM, bv. 14:00.';
  if (length(draft.place.trim()) > MAX_PLACE) errors.place = `Houd de plaats korter: hoogstens ${MAX_PLACE} tekens.`;
  if (length(draft.notes.trim()) > MAX_NOTES) errors.notes = `Houd de notities korter: hoogstens ${MAX_NOTES} tekens.`;
  return errors;
}

/** "do 04/02/2027 om 14:00, bij HR Partners". */
export function meetingText(meeting: Pick<Meeting, 'date' | 'start' | 'place'>): string {
  const where = meeting.place ? `, ${meeting.place}` : '';
  return `${formatIsoDate(meeting.date)} om ${meeting.start}${where}`;
}

// --- where the evaluation stands ----------------------------------------------------

const STATE_NAMES: Record<string, string> = {
  none: 'Nog niet begonnen',
  draft: 'Klad',
  submitted: 'Ingediend',
};

export function assessmentStateName(state: string): string {
  return STATE_NAMES[state] ?? state;
}

/** What the student waits for before the comparison shows. */
export function comparisonWaitText(e: Pick<Evaluation, 'final' | 'self'>): string {
  const selfDone = e.self?.state === 'submitted';
  const mentorDone = e.final?.state === 'submitted';
  if (!selfDone && !mentorDone) return 'Zodra jij en je mentor jullie beoordeling indienen, zie je ze hier naast elkaar.';
  if (!selfDone) return 'Je mentor diende de beoordeling in. Dien je zelfevaluatie in om ze naast elkaar te zien.';
  return 'Zodra je mentor de beoordeling indient, zie je ze hier naast elkaar.';
}

// --- the rubric editor (R18, R20) ------------------------------------------------------

export interface LevelDraft {
  code: string;
  name: string;
  points: string;
}

export interface CriterionDraft {
  code: string;
  title: string;
  goal: number;
  weight: string;
  knock_out: boolean;
  descriptions: Record<string, string>;
}

export interface RubricDraft {
  levels: LevelDraft[];
  criteria: CriterionDraft[];
  knockOutCap: string;
  mandatory: string;
  penalty: string;
  ratio: string;
  rounding: Rounding;
}

/** 0.5 → "0,5"; 2 → "2". */
export function decimalText(value: number): string {
  return formatNumber(value).replace(/\./g, '');
}

export function draftFromRubric(rubric: Rubric): RubricDraft {
  return {
    levels: rubric.levels.map((l) => ({ code: l.code, name: l.name, points: decimalText(l.points) })),
    criteria: rubric.criteria.map((c) => ({
      code: c.code,
      title: c.title,
      goal: c.goal,
      weight: decimalText(c.weight),
      knock_out: c.knock_out,
      descriptions: { ...c.descriptions },
    })),
    knockOutCap: decimalText(rubric.knock_out_cap),
    mandatory: String(rubric.attendance.mandatory),
    penalty: decimalText(rubric.attendance.penalty_per_missed),
    ratio: decimalText(rubric.attendance.fail_below_ratio),
    rounding: rubric.rounding,
  };
}

/** A goal as a criterion's title: its first words, at most `max` characters. */
export function titleFromGoal(goal: string, max = 60): string {
  const text = goal.trim().replace(/[.;:]+$/, '');
  if ([...text].length <= max) return text;
  const words = text.split(/\s+/);
  let out = '';
  for (const word of words) {
    if ([...`${out} ${word}`].length > max - 1) break;
    out = out ? `${out} ${word}` : word;
  }
  return `${out}…`;
}

/** A first rubric for a module: the default levels and one criterion per learning goal. */
export function newRubricDraft(levels: readonly RubricLevel[], goals: readonly string[]): RubricDraft {
  const draft = draftFromRubric({
    levels: [...levels],
    criteria: [],
    knock_out_cap: 9,
    attendance: { mandatory: 0, penalty_per_missed: 0, fail_below_ratio: 0 },
    rounding: 'integer',
  });
  draft.criteria = goals.map((goal, i) => ({
    code: `doel-${i + 1}`,
    title: titleFromGoal(goal),
    goal: i + 1,
    weight: '1',
    knock_out: false,
    descriptions: {},
  }));
  if (draft.criteria.length === 0) draft.criteria = [newCriterion(draft)];
  return draft;
}

/** An empty criterion with a code no other criterion has ("criterium-3"). */
export function newCriterion(draft: Pick<RubricDraft, 'criteria'>): CriterionDraft {
  const codes = new Set(draft.criteria.map((c) => c.code));
  let n = draft.criteria.length + 1;
  while (codes.has(`criterium-${n}`)) n += 1;
  return { code: `criterium-${n}`, title: '', goal: 0, weight: '1', knock_out: false, descriptions: {} };
}

/** A level's code changes: the descriptions written for it follow. */
export function renameLevel(draft: RubricDraft, index: number, code: string): RubricDraft {
  const old = draft.levels[index]?.code ?? '';
  const levels = draft.levels.map((l, i) => (i === index ? { ...l, code } : l));
  const taken = draft.levels.some((l, i) => i !== index && l.code === old);
  const criteria = draft.criteria.map((c) => {
    if (!old || taken || !(old in c.descriptions)) return c;
    const descriptions = { ...c.descriptions };
    const text = descriptions[old];
    delete descriptions[old];
    if (code) descriptions[code] = text;
    return { ...c, descriptions };
  });
  return { ...draft, levels, criteria };
}

/** A level goes: so do the descriptions written for it. */
export function removeLevel(draft: RubricDraft, index: number): RubricDraft {
  const code = draft.levels[index]?.code ?? '';
  const levels = draft.levels.filter((_, i) => i !== index);
  const stillThere = levels.some((l) => l.code === code);
  const criteria = draft.criteria.map((c) => {
    if (stillThere || !(code in c.descriptions)) return c;
    const descriptions = { ...c.descriptions };
    delete descriptions[code];
    return { ...c, descriptions };
  });
  return { ...draft, levels, criteria };
}

/**
 * The rubric to send, and the numbers that could not be read (at the
 * server's paths, so they show at the same inputs as its errors).
 */
export function buildRubric(draft: RubricDraft): { rubric: Rubric; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const number = (text: string, path: string, message = 'Vul een getal in, bv. 2 of 0,5.'): number => {
    const value = parseDecimal(text);
    if (value === null) {
      errors[path] = message;
      return 0;
    }
    return value;
  };
  const levelCodes = new Set(draft.levels.map((l) => l.code.trim()).filter(Boolean));
  const rubric: Rubric = {
    levels: draft.levels.map((l, i) => ({
      code: l.code.trim(),
      name: l.name.trim(),
      points: number(l.points, `rubric.levels[${i}].points`),
    })),
    criteria: draft.criteria.map((c, i) => {
      const descriptions: Record<string, string> = {};
      for (const [code, text] of Object.entries(c.descriptions)) if (levelCodes.has(code)) descriptions[code] = text.trim();
      return {
        code: c.code.trim(),
        title: c.title.trim(),
        goal: c.goal,
        weight: number(c.weight, `rubric.criteria[${i}].weight`),
        knock_out: c.knock_out,
        descriptions,
      };
    }),
    knock_out_cap: number(draft.knockOutCap, 'rubric.knock_out_cap'),
    attendance: {
      mandatory: 0,
      penalty_per_missed: number(draft.penalty, 'rubric.attendance.penalty_per_missed'),
      fail_below_ratio: number(draft.ratio, 'rubric.attendance.fail_below_ratio', 'Vul een getal van 0 tot 1 in, bv. 0,5.'),
    },
    rounding: draft.rounding,
  };
  const mandatory = draft.mandatory.trim();
  if (!/^\d{1,4}$/.test(mandatory)) errors['rubric.attendance.mandatory'] = 'Vul een geheel aantal in (0 als er geen zijn).';
  else rubric.attendance.mandatory = Number(mandatory);
  return { rubric, errors };
}

/** What saving did, in Dutch. */
export function outcomeText(outcome: string, version: number): string {
  switch (outcome) {
    case 'first_version':
      return `Versie ${version} bewaard: de eerste rubric van deze module.`;
    case 'unchanged':
      return `Er was niets gewijzigd: versie ${version} blijft zoals ze was.`;
    case 'updated_in_place':
      return `Versie ${version} aangepast: ze is nog niet gebruikt om te beoordelen.`;
    case 'new_version':
      return `Nieuwe versie ${version} gemaakt: versie ${version - 1} is al gebruikt om te beoordelen en blijft zoals ze was.`;
    default:
      return `Versie ${version} bewaard.`;
  }
}

export function originName(origin: string): string {
  if (origin === 'import') return 'uit het curriculumbestand';
  if (origin === 'editor') return 'in de editor';
  return origin;
}

const SCHEME_LABELS: Record<string, string> = {
  'rubric.levels': 'Niveaus',
  'rubric.criteria': 'Criteria',
  'rubric.knock_out_cap': 'Plafond bij een knock-out',
  'rubric.attendance.mandatory': 'Verplichte momenten',
  'rubric.attendance.penalty_per_missed': 'Aftrek per gemist moment',
  'rubric.attendance.fail_below_ratio': 'Minimale aanwezigheid',
  'rubric.rounding': 'Afronding',
};

const LEVEL_FIELDS: Record<string, string> = { code: 'code', name: 'naam', points: 'punten' };
const CRITERION_FIELDS: Record<string, string> = {
  code: 'code',
  title: 'titel',
  goal: 'doelstelling',
  weight: 'gewicht',
  knock_out: 'knock-out',
};

/** A Dutch label for an error path of the rubric: 'Criterium "Communicatie": beschrijving bij ZG'. */
export function rubricFieldLabel(path: string, draft: Pick<RubricDraft, 'criteria'>): string {
  if (SCHEME_LABELS[path]) return SCHEME_LABELS[path];
  const level = /^rubric\.levels\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (level) {
    const base = `Niveau ${Number(level[1]) + 1}`;
    return level[2] ? `${base}: ${LEVEL_FIELDS[level[2]] ?? level[2]}` : base;
  }
  const criterion = /^rubric\.criteria\[(\d+)\](?:\.(\w+)(?:\.(.+))?)?$/.exec(path);
  if (criterion) {
    const title = draft.criteria[Number(criterion[1])]?.title.trim();
    const base = title ? `Criterium "${title}"` : `Criterium ${Number(criterion[1]) + 1}`;
    if (!criterion[2]) return base;
    if (criterion[2] === 'descriptions') return criterion[3] ? `${base}: beschrijving bij ${criterion[3]}` : `${base}: beschrijvingen`;
    return `${base}: ${CRITERION_FIELDS[criterion[2]] ?? criterion[2]}`;
  }
  return path;
}

/** The ids of the editor's inputs, one per server path ("rubric.criteria[1].descriptions.ZG"). */
export function rubricFieldId(path: string): string {
  return `rubric-${path.replace(/^rubric\.?/, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-+$/, '') || 'rubric'}`;
}

/** A criterion's weight as a share of all weights, for the editor: "25 %". */
export function weightShare(draft: Pick<RubricDraft, 'criteria'>, index: number): string {
  const weights = draft.criteria.map((c) => parseDecimal(c.weight) ?? 0);
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || weights[index] <= 0) return '';
  return `${formatNumber(Math.round((weights[index] / total) * 1000) / 10)} %`;
}

/** Ratio 0–1 as the programme lead reads it: 0.5 → "50 %". */
export function ratioText(ratio: string): string {
  const value = parseDecimal(ratio);
  if (value === null || value < 0 || value > 1) return '';
  return `${formatNumber(Math.round(value * 1000) / 10)} % van de verplichte momenten`;
}

/** Labels of the rating inputs for the error summary: "Communicatie: niveau", "…: toelichting", "…: reden". */
export function ratingLabels(rubric: Pick<Rubric, 'criteria'>, commentWord = 'toelichting'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of rubric.criteria) {
    out[`ratings.${c.code}`] = `${c.title}: niveau`;
    out[`ratings.${c.code}.level`] = `${c.title}: niveau`;
    out[`ratings.${c.code}.comment`] = `${c.title}: ${commentWord}`;
    out[`ratings.${c.code}.reason`] = `${c.title}: reden`;
  }
  return out;
}

/** The errors of one criterion's card: [level, comment, reason]. */
export function cardErrors(fields: FieldErrors, code: string): { level: string; comment: string; reason: string } {
  return {
    level: fields[`ratings.${code}`] ?? fields[`ratings.${code}.level`] ?? '',
    comment: fields[`ratings.${code}.comment`] ?? '',
    reason: fields[`ratings.${code}.reason`] ?? '',
  };
}
