// Dutch labels for audit events and a compact before/after diff.

import { roleName } from './roles';

// The action codes the server records (see docs/architecture.md, "Audit trail").
const ACTION_LABELS: Record<string, string> = {
  'user.created': 'Gebruiker aangemaakt',
  'user.updated': 'Gebruiker gewijzigd',
  'invitation.sent': 'Uitnodiging verstuurd',
  'invitation.accepted': 'Uitnodiging aanvaard',
  'session.created': 'Aangemeld',
  'session.ended': 'Afgemeld',
  'password_reset.requested': 'Wachtwoordherstel aangevraagd',
  'password.reset': 'Nieuw wachtwoord ingesteld',
  'programme.created': 'Opleiding aangemaakt',
  'programme.staff_added': 'Medewerker aan opleiding toegevoegd',
  'curriculum.imported': 'Curriculum geïmporteerd',
  'curriculum.edited': 'Curriculum bewerkt (nieuwe versie)',
  'closures.updated': 'Vakanties en sluitingen gewijzigd',
  'cohort.created': 'Cohorte aangemaakt',
  'cohort.updated': 'Cohorte gewijzigd',
  'cohort.member_added': 'Lid aan cohorte toegevoegd',
  'cohort.students_imported': 'Studenten geïmporteerd',
  'calendar.updated': 'Werkplekdagen vastgelegd',
  'calendar.changed_after_start': 'Werkplekdagen gewijzigd na de start',
  'calendar_feed.created': 'Agenda-abonnement gemaakt',
  'calendar_feed.replaced': 'Agenda-abonnement vervangen',
  'calendar_feed.revoked': 'Agenda-abonnement ingetrokken',
  'organisation.registered': 'Werkplek geregistreerd',
  'organisation.updated': 'Werkplek gewijzigd',
  'mentor_profile.updated': 'Mentorprofiel bijgewerkt',
  'placement.requested': 'Werkplek aangevraagd',
  'placement.changed': 'Werkplekaanvraag gewijzigd',
  'placement.resubmitted': 'Werkplekaanvraag opnieuw ingediend',
  'placement.approved': 'Werkplekaanvraag goedgekeurd',
  'placement.rejected': 'Werkplekaanvraag geweigerd',
  'placement.sent_back': 'Werkplekaanvraag teruggestuurd',
  'placement.supervisor_assigned': 'Werkplekbegeleider toegewezen',
  'placement.agreement_signed': 'Handtekeningen van de overeenkomst geregistreerd',
  'placement.agreement_uploaded': 'Overeenkomst opgeladen',
  'placement.cancelled': 'Werkplek geannuleerd',
  'placement.completed': 'Werkplek afgerond',
  'placement.reuse_overridden': 'Hergebruik van een werkplek toegestaan (R13)',
  'organisation.risk_analysis_uploaded': 'Risicoanalyse opgeladen',
  'dimona.recorded': 'Dimona-aangifte geregistreerd',
  'rotation_plan.planned': 'Rotatie gepland (R14)',
  'rotation_plan.adjusted': 'Rotatie met de hand aangepast',
  'rotation_plan.published': 'Rotatie gepubliceerd',
  'grouping.formed': 'Groepen gevormd (R15)',
  'grouping.adjusted': 'Groepen met de hand aangepast',
  'grouping.published': 'Groepen gepubliceerd',
};

const ENTITY_LABELS: Record<string, string> = {
  user: 'Gebruiker',
  session: 'Sessie',
  programme: 'Opleiding',
  organisation: 'Werkplek',
  cohort: 'Cohorte',
  placement: 'Werkplekaanvraag',
};

const FIELD_LABELS: Record<string, string> = {
  name: 'naam',
  email: 'e-mail',
  roles: 'rollen',
  active: 'actief',
  has_password: 'wachtwoord',
  purpose: 'doel',
  role: 'rol',
  user: 'gebruiker',
  module: 'module',
  days: 'dagen',
  rows: 'rijen',
  closures: 'sluitingen',
  flemish_holiday: '11 juli vrij',
  academic_year: 'academiejaar',
  contacts: 'contactpersonen',
  programme: 'opleiding',
  version: 'versie',
  label: 'label',
  modules: 'modules',
  origin: 'herkomst',
  code: 'code',
  cohort: 'cohorte',
  student: 'student',
  status: 'status',
  organisation: 'organisatie',
  mentor: 'mentor',
  supervisor: 'werkplekbegeleider',
  tasks: 'taken',
  domains_covered: 'HR-domeinen',
  reason: 'reden',
  reference: 'referentie',
  risk_analysis_valid_until: 'risicoanalyse geldig tot',
  document: 'document',
  file_name: 'bestandsnaam',
  settings: 'werksettings',
  block_days: 'bloklengte (dagen)',
  assignments: 'toewijzingen',
  min_distinct_settings: 'minstens verschillende werksettings',
  groups: 'groepen',
  preferences_honoured: 'voorkeuren gehonoreerd',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function entityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? entity;
}

export function fieldLabel(field: string): string {
  const contact = /^contact(\d+)$/.exec(field);
  if (contact) return `contactpersoon ${contact[1]}`;
  return FIELD_LABELS[field] ?? field;
}

/** A value from before/after as short Dutch text. */
export function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return new Intl.NumberFormat('nl-BE').format(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value
      .map((item) => (field === 'roles' && typeof item === 'string' ? roleName(item) : formatValue('', item)))
      .join(', ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  // The server keeps snapshots as text: "true"/"false" and comma-separated role codes.
  if (value === 'true' || value === 'false') return value === 'true' ? 'ja' : 'nee';
  if (field === 'roles' && typeof value === 'string') return formatValue(field, value ? value.split(',') : []);
  return String(value);
}

export interface DiffLine {
  field: string;
  label: string;
  kind: 'added' | 'removed' | 'changed';
  before?: string;
  after?: string;
}

type Snapshot = Record<string, unknown> | null | undefined;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Only what changed: for a creation every field of `after`, for a removal
 * every field of `before`, otherwise the fields whose value differs.
 */
export function diffSnapshots(before: Snapshot, after: Snapshot): DiffLine[] {
  const b = before ?? {};
  const a = after ?? {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const lines: DiffLine[] = [];
  for (const field of keys) {
    const inBefore = before != null && field in b;
    const inAfter = after != null && field in a;
    if (inBefore && inAfter && same(b[field], a[field])) continue;
    const label = fieldLabel(field);
    if (!inBefore) {
      lines.push({ field, label, kind: 'added', after: formatValue(field, a[field]) });
    } else if (!inAfter) {
      lines.push({ field, label, kind: 'removed', before: formatValue(field, b[field]) });
    } else {
      lines.push({
        field,
        label,
        kind: 'changed',
        before: formatValue(field, b[field]),
        after: formatValue(field, a[field]),
      });
    }
  }
  return lines;
}
