// The absence calls of /api/v1 (R8–R10): sickness reports and the copy of the
// medical certificate, the ombudsdienst's original, catch-up days and their
// decision, work accidents and their follow-up, and a cohort's open absences.

import type { IsoDate } from './calendar';
import { send, upload, type ProgressHandler } from './api';
import type { PlacementSummary } from './logbookApi';

export type ReportTiming = 'on_time' | 'late';
export type CatchUpState = 'proposed' | 'approved' | 'rejected';
export type AccidentStatus = 'open' | 'declared' | 'closed';

export interface SicknessReport {
  id: number;
  /** Left out in the logbook's answer (it is that placement). */
  placement?: PlacementSummary;
  first_day: IsoDate;
  last_day: IsoDate;
  /** "HH:MM", or null when the student did not declare the call. */
  called_workplace_at: string | null;
  called_coordinator_at: string | null;
  note: string;
  timing: ReportTiming | string;
  reported_at: string;
  /** The planned workplace days it covers; they count as missed (R9). */
  sick_planned_days: IsoDate[];
  /** In lists only {} when on file; the logbook and single answers have the details. */
  certificate: { file_name?: string; size_bytes?: number; uploaded_at?: string } | null;
  certificate_on_file: boolean;
  original_received: boolean;
  original_received_at: string | null;
  original_received_by: string | null;
  open: boolean;
}

export interface CatchUpRequest {
  id: number;
  placement?: PlacementSummary;
  date: IsoDate;
  note: string;
  state: CatchUpState | string;
  proposed_by: string;
  proposed_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_comment: string;
}

export interface Accident {
  id: number;
  placement: PlacementSummary;
  date: IsoDate;
  /** "HH:MM" */
  time: string;
  place: string;
  on_the_way: boolean;
  what_happened: string;
  injuries: string;
  witnesses: string;
  first_aid: string;
  status: AccidentStatus | string;
  status_name: string;
  status_reason: string;
  reported_by: string;
  reported_at: string;
  declared_at: string | null;
  closed_at: string | null;
  declare_by: IsoDate;
  /** 8 on the day of the accident, negative when overdue, null once declared or closed. */
  days_left_to_declare: number | null;
}

export interface AbsenceOverview {
  sickness: SicknessReport[];
  catch_up: CatchUpRequest[];
  accidents: Accident[];
}

export interface SicknessInput {
  first_day: IsoDate;
  last_day: IsoDate;
  called_workplace_at: string | null;
  called_coordinator_at: string | null;
  note: string;
}

export interface AccidentInput {
  date: IsoDate;
  time: string;
  place: string;
  on_the_way: boolean;
  what_happened: string;
  injuries: string;
  witnesses: string;
  first_aid: string;
}

export function normaliseSickness(r: SicknessReport): SicknessReport {
  return {
    ...r,
    note: r.note ?? '',
    sick_planned_days: r.sick_planned_days ?? [],
    called_workplace_at: r.called_workplace_at ?? null,
    called_coordinator_at: r.called_coordinator_at ?? null,
    certificate: r.certificate ?? null,
    certificate_on_file: Boolean(r.certificate_on_file ?? r.certificate),
  };
}

export function normaliseCatchUp(c: CatchUpRequest): CatchUpRequest {
  return { ...c, note: c.note ?? '', decision_comment: c.decision_comment ?? '' };
}

function normaliseAccident(a: Accident): Accident {
  return {
    ...a,
    witnesses: a.witnesses ?? '',
    first_aid: a.first_aid ?? '',
    status_reason: a.status_reason ?? '',
    days_left_to_declare: a.days_left_to_declare ?? null,
  };
}

// --- R8 sickness --------------------------------------------------------------------

/** 422 names "first_day", "last_day", "called_workplace_at", "called_coordinator_at" or "note"; 409 when the placement does not run. */
export async function reportSickness(placementId: number, input: SicknessInput): Promise<SicknessReport> {
  const { data } = await send<SicknessReport>('POST', `/placements/${placementId}/sickness-reports`, { body: input });
  return normaliseSickness(data);
}

/** The student's own, a mentor's students', a coordinator's programmes', the ombudsdienst all; newest first sick day first. */
export async function listSicknessReports(openOnly = false): Promise<SicknessReport[]> {
  const { data } = await send<{ items: SicknessReport[] }>('GET', `/sickness-reports${openOnly ? '?open=1' : ''}`);
  return (data.items ?? []).map(normaliseSickness);
}

export function certificateUrl(reportId: number): string {
  return `/api/v1/sickness-reports/${reportId}/certificate`;
}

/** The copy of the certificate (PDF, JPEG or PNG), its bytes unchanged. 422 with field "file" for another type or too big a file. */
export async function uploadCertificate(
  reportId: number,
  file: Blob,
  fileName: string,
  onProgress?: ProgressHandler,
): Promise<SicknessReport> {
  const query = new URLSearchParams({ file_name: fileName });
  const type = file.type || 'application/octet-stream';
  const data = await upload<SicknessReport>(`/sickness-reports/${reportId}/certificate?${query}`, file, type, onProgress, 'PUT');
  return normaliseSickness(data);
}

/** The ombudsdienst received the original (once; 409 when it was already marked). */
export async function markOriginalReceived(reportId: number): Promise<SicknessReport> {
  const { data } = await send<SicknessReport>('POST', `/sickness-reports/${reportId}/original-received`);
  return normaliseSickness(data);
}

// --- R9 catch-up days ---------------------------------------------------------------

/** 422 names "date" or "note". */
export async function proposeCatchUpDay(placementId: number, date: IsoDate, note: string): Promise<CatchUpRequest> {
  const { data } = await send<CatchUpRequest>('POST', `/placements/${placementId}/catch-up-days`, { body: { date, note } });
  return normaliseCatchUp(data);
}

/** Rejecting needs a comment (422 "comment"). */
export async function decideCatchUpDay(id: number, decision: 'approve' | 'reject', comment = ''): Promise<CatchUpRequest> {
  const { data } = await send<CatchUpRequest>('POST', `/catch-up-days/${id}/decision`, { body: { decision, comment } });
  return normaliseCatchUp(data);
}

// --- R10 work accidents --------------------------------------------------------------

/** 422 names "date", "time", "place", "on_the_way", "what_happened", "injuries", "witnesses" or "first_aid". */
export async function reportAccident(placementId: number, input: AccidentInput): Promise<Accident> {
  const { data } = await send<Accident>('POST', `/placements/${placementId}/accidents`, { body: input });
  return normaliseAccident(data);
}

/** The student's and mentor's own, a coordinator's programmes'; open ones first, the nearest deadline first. */
export async function listAccidents(openOnly = false): Promise<Accident[]> {
  const { data } = await send<{ items: Accident[] }>('GET', `/accidents${openOnly ? '?open=1' : ''}`);
  return (data.items ?? []).map(normaliseAccident);
}

/** open → declared → closed; closing straight from open needs a reason (422, named "status"). */
export async function changeAccidentStatus(id: number, status: 'declared' | 'closed', reason = ''): Promise<Accident> {
  const { data } = await send<Accident>('PUT', `/accidents/${id}/status`, { body: { status, reason } });
  return normaliseAccident(data);
}

// --- the cohort's overview ----------------------------------------------------------

export async function getAbsenceOverview(cohortId: number): Promise<AbsenceOverview> {
  const { data } = await send<AbsenceOverview>('GET', `/absences/overview?cohort=${cohortId}`);
  return {
    sickness: (data.sickness ?? []).map(normaliseSickness),
    catch_up: (data.catch_up ?? []).map(normaliseCatchUp),
    accidents: (data.accidents ?? []).map(normaliseAccident),
  };
}
