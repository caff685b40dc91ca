// Placements (R12, R17) without the screen: Dutch status labels and badges,
// what still blocks a placement, the diversity of the tasks on offer (counted
// the same way as the server), the request form's draft and the body built
// from it, the history in Dutch and the home page's hints. The coordinator's
// decision and the other records are in placementDecisions.ts.

import { formatIsoDate } from './calendar';
import type { FieldErrors } from './fields';
import { formatNumber } from './format';
import { DOMAIN_NAMES, HR_DOMAINS, domainName } from './organisations';
import type {
  Blocker,
  HistoryEvent,
  OfferedTask,
  Placement,
  PlacementRequestBody,
  PlacementStatus,
} from './placementApi';

// --- status -------------------------------------------------------------------

export const STATUS_NAMES: Record<PlacementStatus, string> = {
  requested: 'Aangevraagd',
  sent_back: 'Teruggestuurd',
  rejected: 'Geweigerd',
  approved: 'Goedgekeurd',
  ready: 'Klaar om te starten',
  running: 'Loopt',
  completed: 'Afgerond',
  cancelled: 'Geannuleerd',
};

export function statusName(status: string, fromServer = ''): string {
  return Object.hasOwn(STATUS_NAMES, status) ? STATUS_NAMES[status as PlacementStatus] : fromServer || status;
}

/** The badge classes of app.css plus "ok" (green). */
export type BadgeKind = 'info' | 'warn' | 'off' | 'ok' | 'muted';

export interface StatusBadge {
  label: string;
  kind: BadgeKind;
}

type StatusLike = Pick<Placement, 'status' | 'blockers'> & { status_name?: string };

/** Approved but something required before day one is missing (R17). */
export function isBlocked(p: StatusLike): boolean {
  return p.status === 'approved' && p.blockers.length > 0;
}

const BADGE_KINDS: Record<PlacementStatus, BadgeKind> = {
  requested: 'warn',
  sent_back: 'warn',
  rejected: 'off',
  approved: 'info',
  ready: 'ok',
  running: 'ok',
  completed: 'muted',
  cancelled: 'muted',
};

export function statusBadge(p: StatusLike): StatusBadge {
  if (isBlocked(p)) return { label: 'Geblokkeerd', kind: 'off' };
  const kind = Object.hasOwn(BADGE_KINDS, p.status) ? BADGE_KINDS[p.status as PlacementStatus] : 'muted';
  return { label: statusName(p.status, p.status_name), kind };
}

const BLOCKER_SHORT: Record<string, string> = {
  agreement_missing: 'overeenkomst',
  agreement_unsigned: 'handtekeningen',
  risk_analysis_missing: 'risicoanalyse',
  risk_analysis_expires: 'risicoanalyse verloopt te vroeg',
  dimona_missing: 'Dimona',
};

const listFormat = new Intl.ListFormat('nl-BE', { type: 'conjunction' });

/** "overeenkomst, handtekeningen en Dimona". */
export function blockerNames(blockers: readonly Blocker[]): string {
  return listFormat.format([...new Set(blockers.map((b) => BLOCKER_SHORT[b.code] ?? b.message))]);
}

/** "Geblokkeerd: overeenkomst, handtekeningen en Dimona". */
export function blockedSummary(blockers: readonly Blocker[]): string {
  return blockers.length ? `Geblokkeerd: ${blockerNames(blockers)}` : '';
}

/** One line for lists: what has to happen before this placement can start. */
export function missingText(p: StatusLike): string {
  switch (p.status) {
    case 'requested':
      return 'Wacht op de beslissing van de werkplekcoördinator';
    case 'sent_back':
      return 'De aanvraag aanpassen en opnieuw indienen';
    case 'approved': {
      // The badge already says "Geblokkeerd"; the list says what is missing.
      const names = isBlocked(p) ? blockerNames(p.blockers) : '';
      return names.charAt(0).toUpperCase() + names.slice(1);
    }
    case 'ready':
      return 'Niets meer';
    default:
      return '';
  }
}

/** Statuses in which the request itself may still change (by the student or the coordinator). */
export function mayChangeRequest(status: string): boolean {
  return status === 'requested' || status === 'sent_back';
}

/** Approved, whether blocked, ready or running: the agreement and signatures may be recorded. */
export function isApproved(status: string): boolean {
  return status === 'approved' || status === 'ready' || status === 'running';
}

export function mayCancel(status: string): boolean {
  return status !== 'completed' && status !== 'cancelled' && status !== 'rejected';
}

const CLOSED: readonly string[] = ['rejected', 'cancelled'];

/** The modules for which this student already has a request or placement that is not closed. */
export function openModules(placements: readonly Placement[], studentId: number): Set<string> {
  return new Set(
    placements.filter((p) => p.student.id === studentId && !CLOSED.includes(p.status)).map((p) => p.module.code),
  );
}

const STATUS_ORDER: readonly string[] = [
  'requested',
  'sent_back',
  'approved',
  'ready',
  'running',
  'completed',
  'rejected',
  'cancelled',
];

const collator = new Intl.Collator('nl-BE', { sensitivity: 'base', numeric: true });

/** Open work first (requests, then blocked, then ready), then by student and first day. */
export function sortPlacements(placements: readonly Placement[]): Placement[] {
  const rank = (p: Placement) => {
    const i = STATUS_ORDER.indexOf(p.status);
    return i < 0 ? STATUS_ORDER.length : i;
  };
  return [...placements].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      collator.compare(a.student.name, b.student.name) ||
      (a.first_day ?? '').localeCompare(b.first_day ?? '') ||
      a.id - b.id,
  );
}

/** The coordinator's queue: requests waiting for a decision, oldest first. */
export function reviewQueue(placements: readonly Placement[]): Placement[] {
  return placements
    .filter((p) => p.status === 'requested')
    .sort((a, b) => a.updated_at.localeCompare(b.updated_at) || a.id - b.id);
}

/** "09/02/2027 – 24/03/2027" or "" without planned days. */
export function periodText(p: Pick<Placement, 'first_day' | 'last_day'>): string {
  if (!p.first_day) return '';
  if (!p.last_day || p.last_day === p.first_day) return formatIsoDate(p.first_day);
  return `${formatIsoDate(p.first_day)} – ${formatIsoDate(p.last_day)}`;
}

export function daysText(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'werkplekdag' : 'werkplekdagen'}`;
}

export function placementsText(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'werkplek' : 'werkplekken'}`;
}

// --- diversity of the tasks (R12) -----------------------------------------------

export const DOMAINS_TOTAL = HR_DOMAINS.length;

/** How many HR domains have at least one task that is not blank (as the server counts). */
export function domainsCovered(tasks: readonly Pick<OfferedTask, 'domain' | 'text'>[]): number {
  return new Set(tasks.filter((t) => t.text.trim() !== '').map((t) => t.domain)).size;
}

export function diversityLabel(covered: number, total: number = DOMAINS_TOTAL): string {
  return `Diversiteit: ${formatNumber(covered)} van ${formatNumber(total)} HR-domeinen`;
}

export interface DomainRef {
  code: string;
  name: string;
}

export const DEFAULT_DOMAINS: readonly DomainRef[] = HR_DOMAINS.map((code) => ({ code, name: DOMAIN_NAMES[code] }));

export interface DomainGroup extends DomainRef {
  tasks: string[];
}

/** The tasks per domain in the guide's order (unknown domains after), blank ones left out. */
export function groupTasksByDomain(
  tasks: readonly OfferedTask[],
  domains: readonly DomainRef[] = DEFAULT_DOMAINS,
): DomainGroup[] {
  const groups = new Map<string, DomainGroup>();
  for (const d of domains) groups.set(d.code, { ...d, tasks: [] });
  for (const t of tasks) {
    const text = t.text.trim();
    if (!text) continue;
    let group = groups.get(t.domain);
    if (!group) {
      group = { code: t.domain, name: t.domain_name || domainName(t.domain), tasks: [] };
      groups.set(t.domain, group);
    }
    group.tasks.push(text);
  }
  return [...groups.values()].filter((g) => g.tasks.length > 0);
}

// --- the request form -------------------------------------------------------------

export interface TaskDraft {
  /** Per domain: the guide's example tasks that are ticked. */
  checked: Record<string, string[]>;
  /** Per domain: other tasks, one per line. */
  other: Record<string, string>;
}

export interface RequestDraft {
  cohortId: number | null;
  studentId: number | null;
  module: string;
  organisationMode: 'register' | 'new';
  organisationId: number | null;
  newOrganisation: { name: string; city: string };
  mentorMode: 'proposal' | 'existing';
  mentorId: number | null;
  newMentor: { name: string; email: string; phone: string };
  tasks: TaskDraft;
  motivation: string;
}

export function emptyTasks(domains: readonly DomainRef[] = DEFAULT_DOMAINS): TaskDraft {
  const tasks: TaskDraft = { checked: {}, other: {} };
  for (const d of domains) {
    tasks.checked[d.code] = [];
    tasks.other[d.code] = '';
  }
  return tasks;
}

export function emptyDraft(domains: readonly DomainRef[] = DEFAULT_DOMAINS): RequestDraft {
  return {
    cohortId: null,
    studentId: null,
    module: '',
    organisationMode: 'register',
    organisationId: null,
    newOrganisation: { name: '', city: '' },
    mentorMode: 'proposal',
    mentorId: null,
    newMentor: { name: '', email: '', phone: '' },
    tasks: emptyTasks(domains),
    motivation: '',
  };
}

/** The non-blank lines of a text, trimmed. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Where a task of the body came from: the domain's example checkboxes or its "other tasks" text. */
export interface TaskSource {
  domain: string;
  kind: 'example' | 'other';
}

export interface DraftTask extends TaskSource {
  text: string;
}

/** The tasks of the draft in the domains' order: ticked examples first, then other lines. */
export function draftTasks(draft: TaskDraft, domains: readonly DomainRef[] = DEFAULT_DOMAINS): DraftTask[] {
  const codes = [...domains.map((d) => d.code)];
  for (const code of [...Object.keys(draft.checked), ...Object.keys(draft.other)]) {
    if (!codes.includes(code)) codes.push(code);
  }
  const out: DraftTask[] = [];
  for (const domain of codes) {
    for (const text of draft.checked[domain] ?? []) {
      if (text.trim()) out.push({ domain, kind: 'example', text: text.trim() });
    }
    for (const text of lines(draft.other[domain] ?? '')) out.push({ domain, kind: 'other', text });
  }
  return out;
}

export function draftDomainsCovered(draft: TaskDraft): number {
  return domainsCovered(draftTasks(draft));
}

export interface BuiltRequest {
  body: PlacementRequestBody;
  /** For each task of the body, where it came from, to show "tasks[i].text" errors there. */
  sources: TaskSource[];
}

export function buildRequestBody(
  draft: RequestDraft,
  options: { asCoordinator: boolean; domains?: readonly DomainRef[] },
): BuiltRequest {
  const tasks = draftTasks(draft.tasks, options.domains);
  const body: PlacementRequestBody = {
    cohort_id: draft.cohortId ?? 0,
    module: draft.module,
    tasks: tasks.map(({ domain, text }) => ({ domain, text })),
    motivation: draft.motivation.trim(),
  };
  if (options.asCoordinator && draft.studentId) body.student_id = draft.studentId;
  if (draft.organisationMode === 'register' && draft.organisationId) {
    body.organisation_id = draft.organisationId;
  } else {
    body.new_organisation = { name: draft.newOrganisation.name.trim(), city: draft.newOrganisation.city.trim() };
  }
  if (options.asCoordinator && draft.mentorMode === 'existing' && draft.mentorId) {
    body.mentor_id = draft.mentorId;
  } else {
    body.new_mentor = {
      name: draft.newMentor.name.trim(),
      email: draft.newMentor.email.trim(),
      phone: draft.newMentor.phone.trim(),
    };
  }
  return { body, sources: tasks.map(({ domain, kind }) => ({ domain, kind })) };
}

/** The form filled in with a request that is being changed. */
export function draftFromPlacement(
  p: Placement,
  examples: Readonly<Record<string, readonly string[]>>,
  domains: readonly DomainRef[] = DEFAULT_DOMAINS,
): RequestDraft {
  const draft = emptyDraft(domains);
  draft.cohortId = p.cohort.id;
  draft.studentId = p.student.id;
  draft.module = p.module.code;
  if (p.organisation.id !== null) {
    draft.organisationMode = 'register';
    draft.organisationId = p.organisation.id;
  } else {
    draft.organisationMode = 'new';
    draft.newOrganisation = { name: p.organisation.proposed.name, city: p.organisation.proposed.city };
  }
  if (p.mentor.id !== null) {
    draft.mentorMode = 'existing';
    draft.mentorId = p.mentor.id;
  }
  draft.newMentor = { ...p.mentor.proposed };
  const other: Record<string, string[]> = {};
  for (const t of p.tasks) {
    const text = t.text.trim();
    if (!text) continue;
    draft.tasks.checked[t.domain] ??= [];
    if ((examples[t.domain] ?? []).includes(text) && !draft.tasks.checked[t.domain].includes(text)) {
      draft.tasks.checked[t.domain].push(text);
    } else {
      (other[t.domain] ??= []).push(text);
    }
  }
  for (const [domain, texts] of Object.entries(other)) draft.tasks.other[domain] = texts.join('\n');
  draft.motivation = p.motivation;
  return draft;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_TASK = 300;
const MAX_TASKS = 60;
const MAX_MOTIVATION = 2000;

/** Length in characters as the server counts them (code points). */
export function codePoints(text: string): number {
  return [...text].length;
}

/** The browser's checks before sending; keys are the API's field paths. The server checks again. */
export function validateRequest(draft: RequestDraft, options: { asCoordinator: boolean }): FieldErrors {
  const out: FieldErrors = {};
  if (!draft.cohortId) out.cohort_id = 'Kies de cohorte.';
  if (options.asCoordinator && !draft.studentId) out.student_id = 'Kies de student.';
  if (!draft.module) out.module = 'Kies de module waarvoor je een werkplek aanvraagt.';
  if (draft.organisationMode === 'register') {
    if (!draft.organisationId) out.organisation_id = 'Kies een organisatie uit het register of kies "Nieuwe organisatie".';
  } else {
    if (!draft.newOrganisation.name.trim()) out['new_organisation.name'] = 'Vul de naam van de organisatie in.';
    if (!draft.newOrganisation.city.trim()) out['new_organisation.city'] = 'Vul de gemeente van de organisatie in.';
  }
  if (options.asCoordinator && draft.mentorMode === 'existing') {
    if (!draft.mentorId) out.mentor_id = 'Kies een mentor uit de lijst of stel een nieuwe mentor voor.';
  } else {
    if (!draft.newMentor.name.trim()) out['new_mentor.name'] = 'Vul de naam van de mentor in.';
    if (!EMAIL.test(draft.newMentor.email.trim())) out['new_mentor.email'] = 'Vul een geldig e-mailadres van de mentor in.';
    if (codePoints(draft.newMentor.phone.trim()) > 30) out['new_mentor.phone'] = 'Hoogstens 30 tekens.';
  }
  const tasks = draftTasks(draft.tasks);
  if (tasks.length === 0) out.tasks = 'Vink minstens één taak aan die de werkplek aanbiedt.';
  else if (tasks.length > MAX_TASKS) out.tasks = `Geef hoogstens ${MAX_TASKS} taken op.`;
  for (const t of tasks) {
    if (codePoints(t.text) > MAX_TASK) {
      out[`tasks.${t.domain}`] = `Beschrijf elke taak in hoogstens ${MAX_TASK} tekens (één taak per regel).`;
    }
  }
  if (codePoints(draft.motivation.trim()) > MAX_MOTIVATION) {
    out.motivation = `Hou de toelichting onder ${formatNumber(MAX_MOTIVATION)} tekens.`;
  }
  return out;
}

/**
 * Moves the server's "tasks[i].text" / "tasks[i].domain" errors to the domain
 * they belong to ("tasks.payroll"), where the form shows them.
 */
export function placeTaskErrors(fields: FieldErrors, sources: readonly TaskSource[]): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const m = /^tasks\[(\d+)\]/.exec(path);
    const source = m ? sources[Number(m[1])] : undefined;
    const key = source ? `tasks.${source.domain}` : path;
    if (!(key in out)) out[key] = message;
  }
  return out;
}

// --- history ------------------------------------------------------------------------

const HISTORY_LABELS: Record<string, string> = {
  requested: 'Aangevraagd',
  changed: 'Aanvraag gewijzigd',
  resubmitted: 'Opnieuw ingediend',
  approved: 'Goedgekeurd',
  rejected: 'Geweigerd',
  sent_back: 'Teruggestuurd',
  supervisor_assigned: 'Werkplekbegeleider toegewezen',
  agreement_signed: 'Handtekeningen geregistreerd',
  agreement_uploaded: 'Overeenkomst opgeladen',
  cancelled: 'Geannuleerd',
  completed: 'Afgerond',
};

export function historyLabel(action: string): string {
  return HISTORY_LABELS[action] ?? action;
}

/** The coordinator's latest word when the request went back or was refused. */
export function decisionComment(history: readonly HistoryEvent[]): HistoryEvent | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i];
    if (e.action === 'sent_back' || e.action === 'rejected' || e.action === 'cancelled') return e.comment ? e : null;
    if (e.action === 'approved' || e.action === 'resubmitted' || e.action === 'changed') return null;
  }
  return null;
}

// --- the home page ---------------------------------------------------------------------

/** Short "what to do" lines for the home page, from the placements the user sees. */
export function homeHints(placements: readonly Placement[], roles: readonly string[], userId: number): string[] {
  const out: string[] = [];
  if (roles.includes('student')) {
    const mine = placements.filter((p) => p.student.id === userId);
    const sentBack = mine.filter((p) => p.status === 'sent_back');
    const blocked = mine.filter((p) => isBlocked(p));
    for (const p of sentBack) out.push(`Je aanvraag voor ${p.module.name} is teruggestuurd: pas ze aan.`);
    for (const p of blocked) out.push(`Voor ${p.module.name} ontbreekt nog: ${blockerNames(p.blockers)}.`);
    if (mine.length === 0) out.push('Je hebt nog geen werkplek: vraag er een aan.');
  }
  if (roles.includes('coordinator')) {
    const waiting = placements.filter((p) => p.status === 'requested').length;
    if (waiting) out.push(`${formatNumber(waiting)} ${waiting === 1 ? 'aanvraag wacht' : 'aanvragen wachten'} op je beslissing.`);
    const blocked = placements.filter((p) => isBlocked(p)).length;
    if (blocked) out.push(`${placementsText(blocked)} ${blocked === 1 ? 'is' : 'zijn'} goedgekeurd maar nog geblokkeerd.`);
  }
  if (roles.includes('mentor')) {
    const mine = placements.filter((p) => p.mentor.id === userId && isApproved(p.status));
    const students = new Set(mine.map((p) => p.student.id)).size;
    if (students) out.push(`Je begeleidt ${students === 1 ? 'één student' : `${formatNumber(students)} studenten`} op de werkplek.`);
    const blocked = mine.filter((p) => isBlocked(p));
    for (const p of blocked) {
      const verb = new Set(p.blockers.map((b) => b.code)).size === 1 ? 'ontbreekt' : 'ontbreken';
      out.push(`${p.student.name} (${p.module.name}) kan nog niet starten: ${blockerNames(p.blockers)} ${verb} nog.`);
    }
  }
  return out;
}
