// The logbook calls of /api/v1 (R3–R9): the student's today, a placement's
// logbook and its entries, the mentor's review queue and reviews, the cohort's
// progress and the live evaluation of a working day's hours.

import type { IsoDate } from './calendar';
import { send } from './api';
import { normaliseCatchUp, normaliseSickness, type CatchUpRequest, type SicknessReport } from './absenceApi';

export type EntryState = 'draft' | 'submitted' | 'approved' | 'returned';
export type DayKind = 'planned' | 'catch_up';
export type WorkDayFlag = 'partial_day' | 'over_max_hours' | 'short_break' | 'sunday' | 'legal_holiday';

export interface WorkDayEvaluation {
  worked_minutes: number;
  counted_minutes: number;
  /** 0–1: min(worked, 7 u 30) / 7 u 30 (R5). */
  day_equivalent: number;
  flags: (WorkDayFlag | string)[];
}

export interface Entry extends WorkDayEvaluation {
  id: number;
  placement_id: number;
  date: IsoDate;
  /** "HH:MM" */
  start: string;
  end: string;
  break_minutes: number;
  activities: string;
  /** Numbers of the module's goals, from 1. */
  goals: number[];
  state: EntryState | string;
  state_name: string;
  review_comment: string;
  catch_up: boolean;
  version: number;
  updated_at: string;
  submitted_at: string | null;
  reviewed_at: string | null;
}

/** Days are day-equivalents (decimals). */
export interface Progress {
  required_days: number;
  planned_days: number;
  approved_days: number;
  pending_days: number;
  missed_days: number;
  catch_up_open: number;
  share_done: number;
}

export interface PlacementSummary {
  id: number;
  cohort: { id: number; name: string };
  student: { id: number; name: string };
  module: { code: string; name: string };
  organisation: { name: string };
  mentor: { name: string };
  supervisor: { name: string };
  status: string;
  status_name: string;
}

export interface TodayItem {
  placement: PlacementSummary;
  progress: Progress;
  today: DayKind | null;
  today_entry: Entry | null;
  next_day: IsoDate | null;
  days_to_write: IsoDate[];
  returned_days: IsoDate[];
}

export interface Today {
  /** The server's today (Brussels), the date every rule uses. */
  date: IsoDate;
  items: TodayItem[];
}

export interface LogbookDay {
  date: IsoDate;
  kind: DayKind;
  absent: boolean;
  entry: Entry | null;
}

export interface Logbook {
  placement: PlacementSummary;
  /** The module's learning goals; goal n is goals[n - 1]. */
  goals: string[];
  progress: Progress;
  days: LogbookDay[];
  may_write: boolean;
  may_review: boolean;
  /** R8: by first sick day, without the placement. */
  sickness_reports: SicknessReport[];
  /** R9: by date, every state, without the placement. */
  catch_up_requests: CatchUpRequest[];
}

export interface EntryInput {
  start: string;
  end: string;
  break_minutes: number;
  activities: string;
  goals: number[];
  submit: boolean;
}

export interface EntryVersion {
  version: number;
  action: 'saved' | 'submitted' | 'approved' | 'returned' | string;
  actor: string;
  at: string;
  entry: Pick<Entry, 'date' | 'start' | 'end' | 'break_minutes' | 'activities' | 'goals' | 'state' | 'state_name' | 'review_comment'>;
}

export interface QueueItem extends Entry {
  placement: PlacementSummary;
}

export interface ProgressRow {
  placement: PlacementSummary;
  progress: Progress;
  past_planned_days: number;
  behind: boolean;
}

function normaliseEntry<T extends Entry>(e: T): T {
  return { ...e, goals: e.goals ?? [], flags: e.flags ?? [], activities: e.activities ?? '', review_comment: e.review_comment ?? '' };
}

export async function getToday(): Promise<Today> {
  const { data } = await send<Today>('GET', '/me/today');
  return {
    date: data.date,
    items: (data.items ?? []).map((i) => ({
      ...i,
      today_entry: i.today_entry ? normaliseEntry(i.today_entry) : null,
      days_to_write: i.days_to_write ?? [],
      returned_days: i.returned_days ?? [],
    })),
  };
}

export async function getLogbook(placementId: number): Promise<Logbook> {
  const { data } = await send<Logbook>('GET', `/placements/${placementId}/logbook`);
  return {
    ...data,
    goals: data.goals ?? [],
    days: (data.days ?? []).map((d) => ({ ...d, entry: d.entry ? normaliseEntry(d.entry) : null })),
    sickness_reports: (data.sickness_reports ?? []).map(normaliseSickness),
    catch_up_requests: (data.catch_up_requests ?? []).map(normaliseCatchUp),
  };
}

/** 422 names "start", "end", "break_minutes", "activities", "goals" or "date"; 409 when the logbook is closed. */
export async function saveEntry(placementId: number, date: IsoDate, input: EntryInput): Promise<Entry> {
  const { data } = await send<Entry>('PUT', `/placements/${placementId}/logbook/${date}`, { body: input });
  return normaliseEntry(data);
}

export async function getEntryHistory(entryId: number): Promise<EntryVersion[]> {
  const { data } = await send<{ items: EntryVersion[] }>('GET', `/logbook-entries/${entryId}/history`);
  return data.items ?? [];
}

export async function getReviewQueue(): Promise<QueueItem[]> {
  const { data } = await send<{ items: QueueItem[] }>('GET', '/logbook/review-queue');
  return (data.items ?? []).map(normaliseEntry);
}

/** Returning needs a comment (422 "comment"). */
export async function reviewEntries(entryIds: number[], decision: 'approve' | 'return', comment = ''): Promise<Entry[]> {
  const { data } = await send<{ items: Entry[] }>('POST', '/logbook/reviews', {
    body: { entry_ids: entryIds, decision, comment },
  });
  return (data.items ?? []).map(normaliseEntry);
}

export async function getCohortProgress(cohortId: number): Promise<ProgressRow[]> {
  const { data } = await send<{ items: ProgressRow[] }>('GET', `/cohorts/${cohortId}/progress`);
  return data.items ?? [];
}

export async function evaluateWorkDay(input: {
  date: IsoDate;
  start: string;
  end: string;
  break_minutes: number;
}): Promise<WorkDayEvaluation> {
  const { data } = await send<WorkDayEvaluation>('POST', '/work-days/evaluate', { body: input });
  return { ...data, flags: data.flags ?? [] };
}
