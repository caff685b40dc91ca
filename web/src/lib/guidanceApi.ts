// The guidance calls of /api/v1 (R20, R22): supervision and intervision
// moments with their attendance, a placement's attendance, workplace visits
// with their report, and what is coming for the user.

import type { IsoDate } from './calendar';
import { send } from './api';
import type { PlacementSummary } from './logbookApi';

export type GuidanceKind = 'supervision' | 'intervision';
export type AttendanceStatus = 'present' | 'excused' | 'absent';
export type VisitState = 'planned' | 'reported' | 'cancelled';

export interface AttendanceEntry {
  student: { id: number; name: string };
  /** null while not recorded. */
  status: AttendanceStatus | null;
  status_name: string;
  reason: string;
  recorded_at: string | null;
  recorded_by: string | null;
}

export interface GuidanceMoment {
  id: number;
  cohort: { id: number; name: string };
  module: { code: string; name: string };
  kind: GuidanceKind | string;
  kind_name: string;
  date: IsoDate;
  /** "HH:MM" */
  start: string;
  end: string;
  duration_minutes: number;
  title: string;
  place: string;
  mandatory: boolean;
  student_ids: number[];
  planned_by: string;
  /** One per participant; a student sees only their own. */
  attendance: AttendanceEntry[];
  may_edit: boolean;
}

export interface MomentInput {
  module: string;
  kind: GuidanceKind;
  date: IsoDate;
  start: string;
  duration_minutes: number;
  title: string;
  place: string;
  mandatory: boolean;
  student_ids: number[];
}

export interface AttendanceInput {
  student_id: number;
  status: AttendanceStatus;
  reason?: string;
}

export interface Visit {
  id: number;
  placement: PlacementSummary;
  date: IsoDate;
  start: string;
  end: string;
  duration_minutes: number;
  with_whom: string;
  place: string;
  state: VisitState | string;
  state_name: string;
  sequence: number;
  report: string;
  planned_by: string;
  planned_at: string;
  reported_by: string | null;
  reported_at: string | null;
  cancel_reason: string;
  cancelled_at: string | null;
  may_edit: boolean;
}

export interface VisitInput {
  date: IsoDate;
  start: string;
  duration_minutes: number;
  with_whom: string;
  /** Empty: the organisation's address. */
  place: string;
}

export interface MyGuidance {
  moments: GuidanceMoment[];
  visits: Visit[];
}

export async function listMoments(cohortId: number, module?: string): Promise<GuidanceMoment[]> {
  const search = module ? `?module=${encodeURIComponent(module)}` : '';
  const { data } = await send<{ items: GuidanceMoment[] }>('GET', `/cohorts/${cohortId}/guidance-moments${search}`);
  return data.items ?? [];
}

export async function planMoment(cohortId: number, moment: MomentInput): Promise<GuidanceMoment> {
  const { data } = await send<GuidanceMoment>('POST', `/cohorts/${cohortId}/guidance-moments`, { body: moment });
  return data;
}

export async function changeMoment(id: number, moment: MomentInput): Promise<GuidanceMoment> {
  const { data } = await send<GuidanceMoment>('PUT', `/guidance-moments/${id}`, { body: moment });
  return data;
}

export async function recordAttendance(id: number, attendance: AttendanceInput[]): Promise<GuidanceMoment> {
  const { data } = await send<GuidanceMoment>('PUT', `/guidance-moments/${id}/attendance`, { body: { attendance } });
  return data;
}

export async function listVisits(placementId: number): Promise<Visit[]> {
  const { data } = await send<{ items: Visit[] }>('GET', `/placements/${placementId}/visits`);
  return data.items ?? [];
}

export async function planVisit(placementId: number, visit: VisitInput): Promise<Visit> {
  const { data } = await send<Visit>('POST', `/placements/${placementId}/visits`, { body: visit });
  return data;
}

export async function changeVisit(id: number, visit: VisitInput): Promise<Visit> {
  const { data } = await send<Visit>('PUT', `/visits/${id}`, { body: visit });
  return data;
}

export async function cancelVisit(id: number, reason: string): Promise<Visit> {
  const { data } = await send<Visit>('POST', `/visits/${id}/cancellation`, { body: { reason } });
  return data;
}

export async function reportVisit(id: number, report: string): Promise<Visit> {
  const { data } = await send<Visit>('PUT', `/visits/${id}/report`, { body: { report } });
  return data;
}

export async function getMyGuidance(): Promise<MyGuidance> {
  const { data } = await send<MyGuidance>('GET', '/me/guidance');
  return { moments: data.moments ?? [], visits: data.visits ?? [] };
}
