// The module plan calls of /api/v1: the Expeditie HR rotation (R14), the
// Digitaal vaardig groups (R15), and what students and mentors see of them.

import type { IsoDate } from './calendar';
import { send } from './api';

export interface PlanStudent {
  /** The user id, as a string. */
  id: string;
  name: string;
}

// --- the rotation (R14) --------------------------------------------------------

export interface RotationSetting {
  /** The setting's name, also its key in the assignments. */
  id: string;
  /** Students it hosts per day. */
  capacity: number;
  organisation_id: number | null;
  mentor_id: number | null;
}

export interface RotationAssignment {
  student: string;
  date: IsoDate;
  setting: string;
}

export interface SavedRotation {
  block_days: number;
  settings: RotationSetting[];
  assignments: RotationAssignment[];
  min_distinct_settings: number;
  total_distinct: number;
  published_at: string | null;
  updated_at: string;
}

export interface RotationPlanData {
  cohort_id: number;
  module: string;
  module_name: string;
  days: IsoDate[];
  students: PlanStudent[];
  plan: SavedRotation | null;
}

export interface RotationInput {
  block_days: number;
  settings: { id: string; capacity: number; organisation_id?: number; mentor_id?: number }[];
  /** Without: Leerplek plans the optimum. With: the coordinator's adjustment, checked. */
  assignments?: RotationAssignment[];
}

function normaliseRotation(data: RotationPlanData): RotationPlanData {
  const plan = data.plan
    ? {
        ...data.plan,
        settings: (data.plan.settings ?? []).map((s) => ({
          ...s,
          organisation_id: s.organisation_id ?? null,
          mentor_id: s.mentor_id ?? null,
        })),
        assignments: data.plan.assignments ?? [],
        published_at: data.plan.published_at || null,
      }
    : null;
  return { ...data, days: data.days ?? [], students: data.students ?? [], plan };
}

function modulePath(cohortId: number, kind: 'rotation-plans' | 'groupings', module: string): string {
  return `/cohorts/${cohortId}/${kind}/${encodeURIComponent(module)}`;
}

export async function getRotationPlan(cohortId: number, module: string): Promise<RotationPlanData> {
  const { data } = await send<RotationPlanData>('GET', modulePath(cohortId, 'rotation-plans', module));
  return normaliseRotation(data);
}

/** Plans (without assignments) or saves an adjustment; either way the plan is no longer published. */
export async function saveRotationPlan(cohortId: number, module: string, input: RotationInput): Promise<RotationPlanData> {
  const { data } = await send<RotationPlanData>('PUT', modulePath(cohortId, 'rotation-plans', module), { body: input });
  return normaliseRotation(data);
}

/** 409 when the calendar or the students changed since the plan was saved. */
export async function publishRotationPlan(cohortId: number, module: string): Promise<RotationPlanData> {
  const { data } = await send<RotationPlanData>('POST', `${modulePath(cohortId, 'rotation-plans', module)}/publication`);
  return normaliseRotation(data);
}

// --- the groups (R15) --------------------------------------------------------------

export interface GroupCompany {
  /** The organisation id, as a string. */
  id: string;
  /** Groups it can take. */
  capacity: number;
}

export interface StudentGroup {
  students: string[];
  /** The organisation id, as a string ('' while none is chosen). */
  company: string;
}

export interface SavedGrouping {
  companies: GroupCompany[];
  /** Student id → company id. */
  preferences: Record<string, string>;
  groups: StudentGroup[];
  preferences_honoured: number;
  published_at: string | null;
  updated_at: string;
}

export interface GroupingData {
  cohort_id: number;
  module: string;
  module_name: string;
  students: PlanStudent[];
  grouping: SavedGrouping | null;
}

export interface GroupingInput {
  companies: { id: number; capacity: number }[];
  preferences?: Record<string, string>;
  /** Without: Leerplek forms the groups. With: the coordinator's edit, checked. */
  groups?: StudentGroup[];
}

function normaliseGrouping(data: GroupingData): GroupingData {
  const grouping = data.grouping
    ? {
        ...data.grouping,
        companies: (data.grouping.companies ?? []).map((c) => ({ ...c, id: String(c.id) })),
        preferences: data.grouping.preferences ?? {},
        groups: (data.grouping.groups ?? []).map((g) => ({ students: g.students ?? [], company: String(g.company ?? '') })),
        published_at: data.grouping.published_at || null,
      }
    : null;
  return { ...data, students: data.students ?? [], grouping };
}

export async function getGrouping(cohortId: number, module: string): Promise<GroupingData> {
  const { data } = await send<GroupingData>('GET', modulePath(cohortId, 'groupings', module));
  return normaliseGrouping(data);
}

export async function saveGrouping(cohortId: number, module: string, input: GroupingInput): Promise<GroupingData> {
  const { data } = await send<GroupingData>('PUT', modulePath(cohortId, 'groupings', module), { body: input });
  return normaliseGrouping(data);
}

export async function publishGrouping(cohortId: number, module: string): Promise<GroupingData> {
  const { data } = await send<GroupingData>('POST', `${modulePath(cohortId, 'groupings', module)}/publication`);
  return normaliseGrouping(data);
}

// --- what a student or mentor sees ---------------------------------------------------

export interface MyRotationDay {
  module: string;
  module_name: string;
  date: IsoDate;
  setting: string;
  organisation: string;
  /** For a mentor: the student who comes; '' for the student's own days. */
  student: string;
}

export interface MyGroup {
  module: string;
  module_name: string;
  members: string[];
  company: string;
}

export interface MyPlans {
  rotation_days: MyRotationDay[];
  groups: MyGroup[];
}

/** Published plans only. */
export async function getMyPlans(): Promise<MyPlans> {
  const { data } = await send<Partial<MyPlans>>('GET', '/me/plans');
  return { rotation_days: data.rotation_days ?? [], groups: data.groups ?? [] };
}
