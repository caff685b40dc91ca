// Absences (R8–R10) without the screen: the forms' drafts, the browser's own
// checks and the bodies built from them, and how reports, catch-up days and
// accidents read in Dutch ("ma 23/11/2026", "Te laat", "Nog 3 dagen om aan te
// geven"). The server checks everything again.

import { addDays, formatIsoDate, isIsoDate, weekdayOf, type IsoDate } from './calendar';
import type { FieldErrors } from './fields';
import { formatDate } from './format';
import { dayLabel, parseClock, type BadgeKind, type DayBadge } from './logbook';
import type { LogbookDay } from './logbookApi';
import type { Accident, AccidentInput, CatchUpRequest, SicknessInput, SicknessReport } from './absenceApi';

/** R8: the first sick day lies at most 7 days back and 30 days ahead; a report spans at most 30 days. */
export const SICK_DAYS_BACK = 7;
export const SICK_DAYS_AHEAD = 30;
export const MAX_SICK_SPAN = 30;
export const MAX_SICK_NOTE = 1000;
export const MAX_CATCH_UP_NOTE = 500;
export const MAX_CERTIFICATE_BYTES = 10 * 1024 * 1024;
/** R10: the insurer must hear of an accident within 8 calendar days. */
export const INSURER_DEADLINE_DAYS = 8;

export const ACCIDENT_LIMITS = {
  place: 200,
  what_happened: 4000,
  injuries: 2000,
  witnesses: 1000,
  first_aid: 1000,
} as const;

function length(text: string): number {
  return [...text].length;
}

function days(n: number): string {
  return n === 1 ? '1 dag' : `${n} dagen`;
}

// --- dates ---------------------------------------------------------------------------

/** "ma 23/11/2026", or "ma 23/11/2026 – wo 25/11/2026" for more than one day. */
export function periodLabel(first: IsoDate, last: IsoDate): string {
  return first === last || !last ? dayLabel(first) : `${dayLabel(first)} – ${dayLabel(last)}`;
}

/** The first sick days the form offers: from 7 days back to 30 days ahead. */
export function sickDayRange(today: IsoDate): { min: IsoDate; max: IsoDate } {
  return { min: addDays(today, -SICK_DAYS_BACK), max: addDays(today, SICK_DAYS_AHEAD) };
}

// --- R8 sickness ---------------------------------------------------------------------

export interface SicknessDraft {
  firstDay: IsoDate;
  lastDay: IsoDate;
  /** "HH:MM" or '' when the student did not call (yet). */
  calledWorkplace: string;
  calledCoordinator: string;
  note: string;
}

export function emptySicknessDraft(today: IsoDate): SicknessDraft {
  return { firstDay: today, lastDay: today, calledWorkplace: '', calledCoordinator: '', note: '' };
}

export function validateSickness(draft: SicknessDraft, today: IsoDate): FieldErrors {
  const errors: FieldErrors = {};
  const { min, max } = sickDayRange(today);
  const first = draft.firstDay.trim();
  const last = draft.lastDay.trim();
  if (!first) errors.first_day = 'Vul de eerste ziektedag in.';
  else if (!isIsoDate(first)) errors.first_day = 'Vul een geldige datum in (dd/mm/jjjj).';
  else if (first < min) errors.first_day = `De eerste ziektedag mag hoogstens ${SICK_DAYS_BACK} dagen geleden zijn (ten vroegste ${formatIsoDate(min)}).`;
  else if (first > max) errors.first_day = `De eerste ziektedag mag hoogstens ${SICK_DAYS_AHEAD} dagen vooruit liggen (ten laatste ${formatIsoDate(max)}).`;
  if (!last) errors.last_day = 'Vul de laatste ziektedag in (dezelfde dag als je één dag ziek bent).';
  else if (!isIsoDate(last)) errors.last_day = 'Vul een geldige datum in (dd/mm/jjjj).';
  else if (isIsoDate(first) && last < first) errors.last_day = `De laatste ziektedag kan niet vóór de eerste (${formatIsoDate(first)}) liggen.`;
  else if (isIsoDate(first) && last > addDays(first, MAX_SICK_SPAN))
    errors.last_day = `Hoogstens ${MAX_SICK_SPAN} dagen na de eerste ziektedag (ten laatste ${formatIsoDate(addDays(first, MAX_SICK_SPAN))}). Meld een langere afwezigheid opnieuw.`;
  if (draft.calledWorkplace.trim() && parseClock(draft.calledWorkplace) === null)
    errors.called_workplace_at = 'Schrijf het uur als UU:MM, bv. 08:10.';
  if (draft.calledCoordinator.trim() && parseClock(draft.calledCoordinator) === null)
    errors.called_coordinator_at = 'Schrijf het uur als UU:MM, bv. 08:15.';
  if (length(draft.note.trim()) > MAX_SICK_NOTE) errors.note = `Hoogstens ${MAX_SICK_NOTE} tekens.`;
  return errors;
}

export function buildSicknessInput(draft: SicknessDraft): SicknessInput {
  const clock = (value: string) => (value.trim() ? value.trim() : null);
  return {
    first_day: draft.firstDay.trim(),
    last_day: draft.lastDay.trim(),
    called_workplace_at: clock(draft.calledWorkplace),
    called_coordinator_at: clock(draft.calledCoordinator),
    note: draft.note.trim(),
  };
}

/** On time (before the workplace's start) or late, as a badge. */
export function timingBadge(timing: string): DayBadge {
  if (timing === 'on_time') return { label: 'Op tijd', kind: 'ok' };
  if (timing === 'late') return { label: 'Te laat', kind: 'off' };
  return { label: timing, kind: 'muted' };
}

/** The line after saving a report: what happens now. */
export function reportedText(report: Pick<SicknessReport, 'timing' | 'first_day' | 'last_day'>): string {
  const when = periodLabel(report.first_day, report.last_day);
  const base = `Je ziekmelding voor ${when} is verstuurd naar je mentor en je werkplekcoördinator.`;
  return report.timing === 'late'
    ? `${base} Ze kwam te laat: na het begin van je werkdag.`
    : `${base} Je meldde je op tijd.`;
}

/** "Gebeld: werkplek om 08:15, coördinator om 08:20", or that no call was given. */
export function callsText(report: Pick<SicknessReport, 'called_workplace_at' | 'called_coordinator_at'>): string {
  const parts: string[] = [];
  if (report.called_workplace_at) parts.push(`werkplek om ${report.called_workplace_at}`);
  if (report.called_coordinator_at) parts.push(`coördinator om ${report.called_coordinator_at}`);
  return parts.length ? `Gebeld: ${parts.join(', ')}` : 'Geen telefoon opgegeven';
}

/** "1 werkplekdag gemist" / "geen geplande werkplekdag". */
export function missedText(report: Pick<SicknessReport, 'sick_planned_days'>): string {
  const n = report.sick_planned_days.length;
  if (n === 0) return 'Geen geplande werkplekdag';
  return n === 1 ? '1 werkplekdag gemist' : `${n} werkplekdagen gemist`;
}

/** A first check of a chosen certificate; the server recognises the type by the content. */
export function certificateProblem(file: { name: string; type: string; size: number } | null | undefined): string {
  if (!file) return 'Kies een bestand met de kopie van je ziekteattest.';
  if (file.size === 0) return 'Dit bestand is leeg.';
  const typeOk = ['application/pdf', 'image/jpeg', 'image/png'].includes(file.type) || /\.(pdf|jpe?g|png)$/i.test(file.name);
  if (!typeOk) return 'Kies een PDF-, JPEG- of PNG-bestand.';
  if (file.size > MAX_CERTIFICATE_BYTES) return 'Het bestand is groter dan 10 MB. Verklein of scan het opnieuw.';
  return '';
}

export const CERTIFICATE_ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

// --- R9 catch-up days ------------------------------------------------------------------

export const CATCH_UP_STATE_NAMES: Record<string, DayBadge> = {
  proposed: { label: 'Voorgesteld', kind: 'warn' },
  approved: { label: 'Goedgekeurd', kind: 'ok' },
  rejected: { label: 'Geweigerd', kind: 'off' },
};

export function catchUpBadge(state: string): DayBadge {
  return CATCH_UP_STATE_NAMES[state] ?? { label: state, kind: 'muted' };
}

/**
 * How many missed days still need a proposal: the open obligations minus the
 * days proposed, minus the approved days whose entry is not approved yet (an
 * approved and logged catch-up day already lowered `catch_up_open`).
 */
export function catchUpStillToPropose(
  catchUpOpen: number,
  requests: readonly Pick<CatchUpRequest, 'date' | 'state'>[],
  days: readonly Pick<LogbookDay, 'date' | 'entry'>[],
): number {
  const approvedEntry = new Set(days.filter((d) => d.entry?.state === 'approved').map((d) => d.date));
  const covering = requests.filter(
    (r) => r.state === 'proposed' || (r.state === 'approved' && !approvedEntry.has(r.date)),
  ).length;
  return Math.max(0, catchUpOpen - covering);
}

export interface CatchUpDraft {
  date: IsoDate;
  note: string;
}

/** The dates the server refuses anyway: past, Sunday, a planned day or a date already proposed or approved. */
export function validateCatchUp(
  draft: CatchUpDraft,
  today: IsoDate,
  plannedDays: readonly IsoDate[],
  taken: readonly IsoDate[],
): FieldErrors {
  const errors: FieldErrors = {};
  const date = draft.date.trim();
  if (!date) errors.date = 'Kies de datum van de inhaaldag.';
  else if (!isIsoDate(date)) errors.date = 'Vul een geldige datum in (dd/mm/jjjj).';
  else if (date < today) errors.date = `Een inhaaldag kan niet in het verleden liggen (ten vroegste ${formatIsoDate(today)}).`;
  else if (weekdayOf(date) === 7) errors.date = `${formatIsoDate(date)} is een zondag. Kies een andere datum.`;
  else if (plannedDays.includes(date)) errors.date = `${formatIsoDate(date)} is al een geplande werkplekdag. Kies een andere datum.`;
  else if (taken.includes(date)) errors.date = `Voor ${formatIsoDate(date)} is al een inhaaldag voorgesteld of goedgekeurd.`;
  if (length(draft.note.trim()) > MAX_CATCH_UP_NOTE) errors.note = `Hoogstens ${MAX_CATCH_UP_NOTE} tekens.`;
  return errors;
}

/** The dates a new proposal may not take: those proposed or approved (a rejected date may be proposed again). */
export function takenCatchUpDates(requests: readonly Pick<CatchUpRequest, 'date' | 'state'>[]): IsoDate[] {
  return requests.filter((r) => r.state !== 'rejected').map((r) => r.date);
}

// --- R10 work accidents ----------------------------------------------------------------

export type AccidentWhere = '' | 'workplace' | 'on_the_way';

export interface AccidentDraft {
  date: IsoDate;
  time: string;
  place: string;
  where: AccidentWhere;
  whatHappened: string;
  injuries: string;
  witnesses: string;
  firstAid: string;
}

export function emptyAccidentDraft(today: IsoDate): AccidentDraft {
  return { date: today, time: '', place: '', where: '', whatHappened: '', injuries: '', witnesses: '', firstAid: '' };
}

export function validateAccident(draft: AccidentDraft, today: IsoDate): FieldErrors {
  const errors: FieldErrors = {};
  const date = draft.date.trim();
  if (!date) errors.date = 'Vul de datum van het ongeval in.';
  else if (!isIsoDate(date)) errors.date = 'Vul een geldige datum in (dd/mm/jjjj).';
  else if (date > today) errors.date = 'De datum van het ongeval kan niet in de toekomst liggen.';
  if (!draft.time.trim()) errors.time = 'Vul het uur van het ongeval in.';
  else if (parseClock(draft.time) === null) errors.time = 'Schrijf het uur als UU:MM, bv. 10:45.';
  if (!draft.where) errors.on_the_way = 'Kies of het ongeval op de werkplek of onderweg gebeurde.';
  const text = (value: string, field: keyof typeof ACCIDENT_LIMITS, missing?: string) => {
    const trimmed = value.trim();
    if (missing && !trimmed) errors[field] = missing;
    else if (length(trimmed) > ACCIDENT_LIMITS[field]) errors[field] = `Hoogstens ${ACCIDENT_LIMITS[field]} tekens.`;
  };
  text(draft.place, 'place', 'Vul de plaats van het ongeval in.');
  text(draft.whatHappened, 'what_happened', 'Beschrijf wat er gebeurd is.');
  text(draft.injuries, 'injuries', 'Beschrijf de verwondingen (of schrijf "geen").');
  text(draft.witnesses, 'witnesses');
  text(draft.firstAid, 'first_aid');
  return errors;
}

export function buildAccidentInput(draft: AccidentDraft): AccidentInput {
  return {
    date: draft.date.trim(),
    time: draft.time.trim(),
    place: draft.place.trim(),
    on_the_way: draft.where === 'on_the_way',
    what_happened: draft.whatHappened.trim(),
    injuries: draft.injuries.trim(),
    witnesses: draft.witnesses.trim(),
    first_aid: draft.firstAid.trim(),
  };
}

export function whereLabel(onTheWay: boolean): string {
  return onTheWay ? 'Op weg van of naar de werkplek' : 'Op de werkplek';
}

const ACCIDENT_KINDS: Record<string, BadgeKind> = { open: 'warn', declared: 'info', closed: 'muted' };
const ACCIDENT_NAMES: Record<string, string> = {
  open: 'Open',
  declared: 'Aangegeven bij verzekeraar',
  closed: 'Afgesloten',
};

export function accidentBadge(status: string, fromServer = ''): DayBadge {
  return { label: ACCIDENT_NAMES[status] ?? (fromServer || status), kind: ACCIDENT_KINDS[status] ?? 'muted' };
}

export interface Deadline {
  text: string;
  /** Two days or fewer left, or overdue: the coordinator should act now. */
  urgent: boolean;
  overdue: boolean;
}

/** How long the coordinator still has to declare the accident to the insurer (null once declared or closed). */
export function deadlineOf(a: Pick<Accident, 'days_left_to_declare' | 'declare_by'>): Deadline | null {
  const left = a.days_left_to_declare;
  if (left === null || left === undefined) return null;
  const by = dayLabel(a.declare_by);
  if (left < 0) return { text: `${days(-left)} te laat: aangeven bij de verzekeraar moest uiterlijk ${by}`, urgent: true, overdue: true };
  if (left === 0) return { text: `Vandaag de laatste dag om aan te geven bij de verzekeraar (${by})`, urgent: true, overdue: false };
  return { text: `Nog ${days(left)} om aan te geven bij de verzekeraar (tot ${by})`, urgent: left <= 2, overdue: false };
}

/** For the student and the mentor: how far the declaration to the insurer is. */
export function declarationText(a: Pick<Accident, 'status' | 'declare_by' | 'declared_at' | 'status_reason'>): string {
  if (a.status === 'open') return `De werkplekcoördinator geeft het aan bij de verzekeraar (uiterlijk ${dayLabel(a.declare_by)}).`;
  if (a.status === 'declared') {
    return a.declared_at ? `Aangegeven bij de verzekeraar op ${formatDate(a.declared_at)}.` : 'Aangegeven bij de verzekeraar.';
  }
  if (a.status === 'closed') return a.status_reason ? `Afgesloten: ${a.status_reason}` : 'Afgesloten.';
  return '';
}

/** Closing an open accident without declaring it needs a reason; after the declaration it is optional. */
export function closeNeedsReason(status: string): boolean {
  return status === 'open';
}

// --- headings --------------------------------------------------------------------------

/** "Open ziekmeldingen (2)". */
export function withCount(title: string, count: number): string {
  return `${title} (${count})`;
}
