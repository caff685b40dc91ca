// The evaluation calls of /api/v1 (R18–R23): a module's rubric and its
// scoring scheme, a placement's evaluation (interim feedback, the mentor's
// final rating, the self-assessment, the tripartite meeting, the score), the
// supervisor's caseload, the score preview and the downloads.

import type { IsoDate } from './calendar';
import { send } from './api';
import type { PlacementSummary } from './logbookApi';

// --- rubrics (R18, R20) -------------------------------------------------------------

export interface RubricLevel {
  code: string;
  name: string;
  points: number;
}

export interface RubricCriterion {
  code: string;
  title: string;
  /** The module's learning goal it comes from (1-based), 0 for none. */
  goal: number;
  weight: number;
  knock_out: boolean;
  /** Level code → what that level looks like for this criterion. */
  descriptions: Record<string, string>;
}

export type Rounding = 'integer' | 'half';

export interface AttendanceRule {
  /** Mandatory supervision and intervision moments. */
  mandatory: number;
  penalty_per_missed: number;
  /** Below this share of the mandatory moments attended, the score is capped (0–1). */
  fail_below_ratio: number;
}

export interface Rubric {
  /** Lowest first. */
  levels: RubricLevel[];
  criteria: RubricCriterion[];
  knock_out_cap: number;
  attendance: AttendanceRule;
  rounding: Rounding;
}

export interface RubricVersion {
  id: number;
  version: number;
  origin: 'import' | 'editor' | string;
  /** Used to rate: it never changes again, a save makes a new version. */
  used: boolean;
  created_at: string;
  updated_at: string;
}

export interface RubricSummary {
  module: { code: string; name: string };
  latest: RubricVersion | null;
}

export interface RubricView {
  module: { code: string; name: string; goals: string[] };
  current: (RubricVersion & { rubric: Rubric }) | null;
  versions: RubricVersion[];
  default_levels: RubricLevel[];
}

export type SaveOutcome = 'first_version' | 'unchanged' | 'updated_in_place' | 'new_version';

export interface SavedRubric extends RubricView {
  outcome: SaveOutcome | string;
}

export interface ScoreStep {
  /** Dutch, from the server. */
  label: string;
  value: number;
}

export interface ScoreResult {
  score: number;
  raw: number;
  steps: ScoreStep[];
}

function normaliseRubric(r: Rubric): Rubric {
  return {
    ...r,
    levels: r.levels ?? [],
    criteria: (r.criteria ?? []).map((c) => ({ ...c, descriptions: c.descriptions ?? {} })),
  };
}

function normaliseRubricView<T extends RubricView>(v: T): T {
  return {
    ...v,
    module: { ...v.module, goals: v.module.goals ?? [] },
    current: v.current ? { ...v.current, rubric: normaliseRubric(v.current.rubric) } : null,
    versions: v.versions ?? [],
    default_levels: v.default_levels ?? [],
  };
}

export async function listRubrics(programmeId: number): Promise<RubricSummary[]> {
  const { data } = await send<{ items: RubricSummary[] }>('GET', `/programmes/${programmeId}/rubrics`);
  return data.items ?? [];
}

export async function getRubric(programmeId: number, module: string): Promise<RubricView> {
  const { data } = await send<RubricView>('GET', `/programmes/${programmeId}/rubrics/${encodeURIComponent(module)}`);
  return normaliseRubricView(data);
}

/** 422 fields are paths such as "rubric.criteria[1].weight" or "rubric.criteria[2].descriptions.ZG". */
export async function saveRubric(programmeId: number, module: string, rubric: Rubric): Promise<SavedRubric> {
  const { data } = await send<SavedRubric>('PUT', `/programmes/${programmeId}/rubrics/${encodeURIComponent(module)}`, {
    body: { rubric },
  });
  return normaliseRubricView(data);
}

/** R20 alone, nothing saved: ratings are criterion code → level code. */
export async function previewScore(rubric: Rubric, ratings: Record<string, string>, attended: number): Promise<ScoreResult> {
  const { data } = await send<ScoreResult>('POST', '/scores/preview', { body: { scheme: rubric, ratings, attended } });
  return { ...data, steps: data.steps ?? [] };
}

// --- a placement's evaluation (R18–R21) ----------------------------------------------

export type AssessmentKind = 'interim' | 'final' | 'self';
export type AssessmentState = 'draft' | 'submitted';

export interface Rating {
  criterion: string;
  level: string;
  comment: string;
}

export interface Reflection {
  situation: string;
  task: string;
  action: string;
  result: string;
  reflection: string;
}

export interface Assessment {
  id: number;
  kind: AssessmentKind;
  state: AssessmentState | string;
  version: number;
  author: { id: number; name: string };
  updated_at: string;
  submitted_at: string | null;
  comment: string;
  /** Only criteria with a level or a comment, in the rubric's order. */
  ratings: Rating[];
  /** Interim feedback: the day it was given. */
  date?: IsoDate;
  /** Self-assessment only. */
  reflection?: Reflection;
}

export interface GrowthPoint {
  action: string;
  due: IsoDate;
}

export interface ComparisonRow {
  criterion: string;
  mentor: string;
  self: string;
  /** Student's level index minus the mentor's; null when either is empty. */
  difference: number | null;
}

export interface Meeting {
  date: IsoDate;
  /** "HH:MM" */
  start: string;
  place: string;
  notes: string;
  held: boolean;
}

export interface Score {
  calculated: number;
  final: number;
  override_reason: string;
  raw: number;
  steps: ScoreStep[];
  attended: number;
  passed: boolean;
  finalised_by: { id: number; name: string };
  finalised_at: string;
  released_at: string | null;
}

export interface Evaluation {
  placement: PlacementSummary;
  rubric: { id: number; version: number; used: boolean; rubric: Rubric } | null;
  viewer: { student: boolean; mentor: boolean; supervisor: boolean };
  interim: Assessment[];
  /** The student sees it only once submitted. */
  final: Assessment | null;
  /** Others see it only once submitted. */
  self: Assessment | null;
  growth_points: GrowthPoint[];
  /** Criterion codes of the final rating without a level. */
  empty_criteria: string[];
  comparison: ComparisonRow[];
  meeting: Meeting | null;
  /** Student and mentor: only once released. */
  score: Score | null;
  /** Staff: the calculation as it stands once the final rating is complete. */
  preview: ScoreResult | null;
  /** Mandatory guidance moments attended. */
  attended: number;
}

function normaliseAssessment(a: Assessment): Assessment {
  return { ...a, ratings: a.ratings ?? [], comment: a.comment ?? '' };
}

export function normaliseEvaluation(e: Evaluation): Evaluation {
  return {
    ...e,
    rubric: e.rubric ? { ...e.rubric, rubric: normaliseRubric(e.rubric.rubric) } : null,
    viewer: e.viewer ?? { student: false, mentor: false, supervisor: false },
    interim: (e.interim ?? []).map(normaliseAssessment),
    final: e.final ? normaliseAssessment(e.final) : null,
    self: e.self ? normaliseAssessment(e.self) : null,
    growth_points: e.growth_points ?? [],
    empty_criteria: e.empty_criteria ?? [],
    comparison: e.comparison ?? [],
    meeting: e.meeting ?? null,
    score: e.score ? { ...e.score, steps: e.score.steps ?? [] } : null,
    preview: e.preview ? { ...e.preview, steps: e.preview.steps ?? [] } : null,
    attended: e.attended ?? 0,
  };
}

/** Criterion code → level and comment (and, in the meeting, the reason of a changed level). */
export type RatingsInput = Record<string, { level: string; comment: string; reason?: string }>;

async function evaluationCall(method: string, path: string, body?: unknown): Promise<Evaluation> {
  const { data } = await send<Evaluation>(method, path, body === undefined ? {} : { body });
  return normaliseEvaluation(data);
}

export function getEvaluation(placementId: number): Promise<Evaluation> {
  return evaluationCall('GET', `/placements/${placementId}/evaluation`);
}

/** The placement's mentor; 422 "date", "comment", "ratings.<code>". */
export function addInterimFeedback(
  placementId: number,
  input: { date: IsoDate; comment: string; ratings: RatingsInput },
): Promise<Evaluation> {
  return evaluationCall('POST', `/placements/${placementId}/evaluation/interim`, input);
}

/** The placement's mentor; 409 once submitted (locked). */
export function saveFinalRating(
  placementId: number,
  input: { ratings: RatingsInput; comment: string; submit: boolean },
): Promise<Evaluation> {
  return evaluationCall('PUT', `/placements/${placementId}/evaluation/final`, input);
}

/** The placement's supervisor; 422 "reason". */
export function reopenFinalRating(placementId: number, reason: string): Promise<Evaluation> {
  return evaluationCall('POST', `/placements/${placementId}/evaluation/final/reopen`, { reason });
}

export interface RatingVersion {
  version: number;
  action: 'saved' | 'submitted' | 'reopened' | 'meeting' | string;
  reason: string;
  state: AssessmentState | string;
  comment: string;
  ratings: (Rating & { reason: string })[];
  by: { id: number; name: string };
  at: string;
}

export async function getRatingHistory(placementId: number): Promise<RatingVersion[]> {
  const { data } = await send<{ items: RatingVersion[] }>('GET', `/placements/${placementId}/evaluation/final/history`);
  return (data.items ?? []).map((v) => ({ ...v, ratings: v.ratings ?? [], reason: v.reason ?? '', comment: v.comment ?? '' }));
}

/** The supervisor in the meeting: only the criteria that change; a changed level needs a reason (422 "ratings.<code>.reason"). */
export function reviseInMeeting(placementId: number, ratings: RatingsInput): Promise<Evaluation> {
  return evaluationCall('POST', `/placements/${placementId}/evaluation/final/revisions`, { ratings });
}

export interface SelfInput {
  ratings: RatingsInput;
  reflection: Reflection;
  growth_points: GrowthPoint[];
  submit: boolean;
}

/** The student; 422 "ratings.<code>", "reflection.situation", "growth_points", "growth_points[0].due", … */
export function saveSelfAssessment(placementId: number, input: SelfInput): Promise<Evaluation> {
  return evaluationCall('PUT', `/placements/${placementId}/evaluation/self`, input);
}

/** The supervisor; 422 "date", "start", "place", "notes". */
export function saveMeeting(placementId: number, meeting: Meeting): Promise<Evaluation> {
  return evaluationCall('PUT', `/placements/${placementId}/evaluation/meeting`, meeting);
}

/** The supervisor; without final_score the calculation stands; 422 "final_score", "override_reason". */
export function finaliseScore(
  placementId: number,
  input: { final_score?: number; override_reason?: string },
): Promise<Evaluation> {
  return evaluationCall('POST', `/placements/${placementId}/evaluation/score`, input);
}

export function releaseScore(placementId: number): Promise<Evaluation> {
  return evaluationCall('POST', `/placements/${placementId}/evaluation/score/release`, {});
}

/** R23: the whole evaluation file as one PDF (staff, and the student once released). */
export function appealFileUrl(placementId: number): string {
  return `/api/v1/placements/${placementId}/evaluation/file.pdf`;
}

/** The cohort's scores per module as a workbook (staff). */
export function scoresWorkbookUrl(cohortId: number): string {
  return `/api/v1/cohorts/${cohortId}/scores.xlsx`;
}

// --- the supervisor's caseload -----------------------------------------------------

export type ProgressState = 'none' | 'draft' | 'submitted';

export interface CaseloadItem {
  placement: PlacementSummary;
  final_state: ProgressState | string;
  self_state: ProgressState | string;
  meeting: { date: IsoDate; start: string; held: boolean } | null;
  score: { final: number; released: boolean } | null;
  /** What is due, in Dutch ("Driehoeksgesprek plannen"). */
  due: string[];
}

export async function getCaseload(): Promise<CaseloadItem[]> {
  const { data } = await send<{ items: CaseloadItem[] }>('GET', '/me/caseload');
  return (data.items ?? []).map((i) => ({ ...i, due: i.due ?? [], meeting: i.meeting ?? null, score: i.score ?? null }));
}
