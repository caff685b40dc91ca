// Role codes, their Dutch names, and what each role can do in Leerplek.

import { matchPattern } from './routes';

export const ROLE_CODES = [
  'student',
  'mentor',
  'supervisor',
  'coordinator',
  'programme_lead',
  'ombuds',
  'admin',
] as const;

export type RoleCode = (typeof ROLE_CODES)[number];

export const ROLE_NAMES: Record<RoleCode, string> = {
  student: 'Student',
  mentor: 'Mentor',
  supervisor: 'Werkplekbegeleider',
  coordinator: 'Werkplekcoördinator',
  programme_lead: 'Opleidingscoördinator',
  ombuds: 'Ombudsdienst',
  admin: 'Beheerder',
};

export function isRoleCode(value: string): value is RoleCode {
  return (ROLE_CODES as readonly string[]).includes(value);
}

/** Dutch name of a role; an unknown code is shown as is. */
export function roleName(code: string): string {
  return isRoleCode(code) ? ROLE_NAMES[code] : code;
}

/** The user's known roles, in the fixed order of ROLE_CODES. */
export function sortedRoles(roles: readonly string[]): RoleCode[] {
  return ROLE_CODES.filter((code) => roles.includes(code));
}

export interface Task {
  title: string;
  description: string;
  /** Set when the page exists; tasks without a path are shown as "binnenkort". */
  path?: string;
}

export interface RoleInfo {
  code: RoleCode;
  name: string;
  summary: string;
  tasks: Task[];
}

export const USERS_PATH = '/beheer/gebruikers';
export const AUDIT_PATH = '/audit';
export const PROGRAMMES_PATH = '/opleidingen';
export const CURRICULUM_PATH = '/opleidingen/:id/curriculum';
export const COHORTS_PATH = '/cohortes';
export const COHORT_PATH = '/cohortes/:id';
export const COHORT_CALENDAR_PATH = '/cohortes/:id/kalender';
export const MY_CALENDAR_PATH = '/kalender';
export const WORKPLACES_PATH = '/werkplekken';
export const MY_PROFILE_PATH = '/mijn-profiel';
export const PLACEMENTS_PATH = '/plaatsingen';
export const PLACEMENT_REQUEST_PATH = '/plaatsingen/aanvragen';
export const PLACEMENT_PATH = '/plaatsingen/:id';
export const PLACEMENT_EDIT_PATH = '/plaatsingen/:id/wijzigen';
export const PLANNING_PATH = '/planning';
export const TODAY_PATH = '/vandaag';
export const LOGBOOK_PATH = '/logboek/:id';
export const REVIEW_PATH = '/nakijken';
export const PROGRESS_PATH = '/voortgang';
export const ABSENCES_PATH = '/afwezigheden';
export const CERTIFICATES_PATH = '/ziekteattesten';
export const GUIDANCE_PATH = '/begeleiding';
// The evaluation (R18–R23).
export const EVALUATION_PATH = '/evaluatie/:id';
export const CASELOAD_PATH = '/mijn-studenten';
export const RUBRICS_PATH = '/rubrics';
export const RUBRIC_PATH = '/rubrics/:id';

/** A placement's evaluation: the mentor rates, the student assesses themself, the supervisor leads the meeting. */
export function evaluationPath(placementId: number): string {
  return `/evaluatie/${placementId}`;
}

/** The rubrics of a programme's modules. */
export function rubricsPath(programmeId?: number): string {
  return programmeId ? `${RUBRICS_PATH}?opleiding=${programmeId}` : RUBRICS_PATH;
}

/** The editor of one module's rubric (the module is a code, so it goes in the query). */
export function rubricPath(programmeId: number, module: string): string {
  return `${RUBRICS_PATH}/${programmeId}?module=${encodeURIComponent(module)}`;
}

/** A placement's logbook; with `day` its entry form for that day is open. */
export function logbookPath(placementId: number, day?: string): string {
  return day ? `/logboek/${placementId}?dag=${day}` : `/logboek/${placementId}`;
}

/** What a student or mentor reports from the logbook page: the form opens there ("attest": the first missing copy). */
export function absenceReportPath(placementId: number, what: 'ziekte' | 'inhaaldag' | 'ongeval' | 'attest'): string {
  return `/logboek/${placementId}?melden=${what}`;
}

/** The cohort's open absences (the coordinator's page). */
export function absencesPath(cohortId?: number): string {
  return cohortId ? `${ABSENCES_PATH}?cohorte=${cohortId}` : ABSENCES_PATH;
}

export function placementPath(id: number): string {
  return `/plaatsingen/${id}`;
}

export function placementEditPath(id: number): string {
  return `/plaatsingen/${id}/wijzigen`;
}

export function curriculumPath(programmeId: number): string {
  return `/opleidingen/${programmeId}/curriculum`;
}

export function cohortPath(cohortId: number): string {
  return `/cohortes/${cohortId}`;
}

export function cohortCalendarPath(cohortId: number): string {
  return `/cohortes/${cohortId}/kalender`;
}

const auditTask: Task = {
  title: 'Audittrail',
  description: 'Bekijk wie wat wanneer gewijzigd heeft.',
  path: AUDIT_PATH,
};

export const ROLE_INFO: Record<RoleCode, RoleInfo> = {
  student: {
    code: 'student',
    name: ROLE_NAMES.student,
    summary: 'Je houdt je logboek bij, meldt ziekte, beoordeelt jezelf, reflecteert en stelt een werkplek voor.',
    tasks: [
      {
        title: 'Kalender',
        description: 'Je werkplekdagen per module, ook in je eigen agenda.',
        path: MY_CALENDAR_PATH,
      },
      {
        title: 'Werkplekken',
        description: 'Vraag een werkplek aan en zie wat er nog ontbreekt voor je eerste dag.',
        path: PLACEMENTS_PATH,
      },
      {
        title: 'Vandaag en logboek',
        description: 'Noteer elke werkplekdag wat je gedaan en geleerd hebt, en volg je voortgang.',
        path: TODAY_PATH,
      },
      {
        title: 'Ziekte melden',
        description: 'Meld je ziek, laad de kopie van je ziekteattest op en stel een inhaaldag voor.',
        path: TODAY_PATH,
      },
      { title: 'Zelfevaluatie', description: 'Beoordeel jezelf met de rubric van je module.', path: TODAY_PATH },
      { title: 'Reflecties', description: 'Schrijf je reflecties bij elke module.' },
    ],
  },
  mentor: {
    code: 'mentor',
    name: ROLE_NAMES.mentor,
    summary:
        'Je begeleidt studenten op de werkplek: je controleert hun logboek, vult de rubric in en geeft tussentijdse feedback.',
    tasks: [
      {
        title: 'Kalender',
        description: 'De werkplekdagen van je studenten per module.',
        path: MY_CALENDAR_PATH,
      },
      {
        title: 'Mijn profiel',
        description: 'Je functie, HR-ervaring, domeinen en telefoonnummer.',
        path: MY_PROFILE_PATH,
      },
      {
        title: 'Mijn studenten',
        description: 'De studenten die je begeleidt, hun taken en of alles klaar is voor de start.',
        path: PLACEMENTS_PATH,
      },
      {
        title: 'Logboeken nakijken',
        description: 'Keur de ingediende logboekdagen van je studenten goed of stuur ze terug.',
        path: REVIEW_PATH,
      },
      {
        title: 'Rubric invullen',
        description: 'Beoordeel je studenten op de doelstellingen, vanuit Nakijken of hun logboek.',
        path: REVIEW_PATH,
      },
      { title: 'Tussentijdse feedback', description: 'Geef feedback halverwege de module.' },
    ],
  },
  supervisor: {
    code: 'supervisor',
    name: ROLE_NAMES.supervisor,
    summary: 'Je bezoekt de werkplek, leidt supervisie en intervisie en legt de eindscore vast.',
    tasks: [
      {
        title: 'Cohortes',
        description: 'Studenten, mentoren, contactpersonen en kalender per cohorte.',
        path: COHORTS_PATH,
      },
      {
        title: 'Mijn caseload',
        description: 'De werkplekken van de studenten die je begeleidt.',
        path: PLACEMENTS_PATH,
      },
      {
        title: 'Voortgang',
        description: 'Goedgekeurde werkplekdagen per student en wie achterloopt.',
        path: PROGRESS_PATH,
      },
      {
        title: 'Afwezigheden',
        description: 'Open ziekmeldingen, inhaaldagen en arbeidsongevallen per cohorte.',
        path: ABSENCES_PATH,
      },
      {
        title: 'Planning',
        description: 'De rotatie langs werksettings en de groepen per module.',
        path: PLANNING_PATH,
      },
      {
        title: 'Supervisie en intervisie',
        description: 'Plan de sessies met je studenten en registreer wie aanwezig was.',
        path: GUIDANCE_PATH,
      },
      {
        title: 'Werkplekbezoeken',
        description: 'Plan je bezoeken aan de werkplek (met agenda-uitnodiging) en schrijf het verslag.',
        path: GUIDANCE_PATH,
      },
      {
        title: 'Mijn studenten',
        description: 'Driehoeksgesprekken, de beoordeling van de mentor en de eindscore per student.',
        path: CASELOAD_PATH,
      },
    ],
  },
  coordinator: {
    code: 'coordinator',
    name: ROLE_NAMES.coordinator,
    summary:
        'Je beheert werkplekken en overeenkomsten, keurt aanvragen goed, wijst studenten toe en volgt afwezigheden en ongevallen op.',
    tasks: [
      {
        title: 'Cohortes',
        description: 'Studenten en mentoren, contactpersonen en CSV-import.',
        path: COHORTS_PATH,
      },
      {
        title: 'Opleidingen',
        description: 'Het curriculum, de modules en hun doelstellingen.',
        path: PROGRAMMES_PATH,
      },
      {
        title: 'Werkplekken',
        description: 'Keur aanvragen goed, wijs begeleiders toe en volg overeenkomsten, handtekeningen en Dimona op.',
        path: PLACEMENTS_PATH,
      },
      {
        title: 'Voortgang',
        description: 'Goedgekeurde werkplekdagen per student en wie achterloopt.',
        path: PROGRESS_PATH,
      },
      {
        title: 'Werkplekregister',
        description: 'Het register van organisaties: risicoanalyse, startuur en sluitingsdagen.',
        path: WORKPLACES_PATH,
      },
      {
        title: 'Planning',
        description: 'De rotatie langs werksettings (Expeditie HR) en de groepen bij bedrijven (Digitaal vaardig).',
        path: PLANNING_PATH,
      },
      {
        title: 'Afwezigheden',
        description: 'Volg ziekmeldingen en attesten op en beslis over inhaaldagen.',
        path: ABSENCES_PATH,
      },
      {
        title: 'Ongevallen',
        description: 'Volg arbeidsongevallen op tot ze aangegeven zijn bij de verzekeraar.',
        path: ABSENCES_PATH,
      },
      auditTask,
    ],
  },
  programme_lead: {
    code: 'programme_lead',
    name: ROLE_NAMES.programme_lead,
    summary:
        'Je beheert het curriculum, de kalender, de rubrics en de scoreregels en volgt de opleiding op met rapporten.',
    tasks: [
      {
        title: 'Curriculum',
        description: 'Modules, doelstellingen en aantal dagen; vakanties en sluitingsdagen.',
        path: PROGRAMMES_PATH,
      },
      {
        title: 'Kalender',
        description: 'De werkplekdagen per cohorte en module.',
        path: COHORTS_PATH,
      },
      {
        title: 'Cohortes',
        description: 'Studenten en mentoren, contactpersonen en CSV-import.',
        path: COHORTS_PATH,
      },
      {
        title: 'Werkplekken',
        description: 'Aanvragen, goedgekeurde werkplekken en wat er nog ontbreekt, per cohorte.',
        path: PLACEMENTS_PATH,
      },
      {
        title: 'Voortgang',
        description: 'Goedgekeurde werkplekdagen per student en wie achterloopt.',
        path: PROGRESS_PATH,
      },
      {
        title: 'Afwezigheden',
        description: 'Open ziekmeldingen, inhaaldagen en arbeidsongevallen per cohorte.',
        path: ABSENCES_PATH,
      },
      {
        title: 'Planning',
        description: 'De rotatie langs werksettings en de groepen per module.',
        path: PLANNING_PATH,
      },
      { title: 'Rubrics', description: 'Criteria, niveaus en scoreregels per module.', path: RUBRICS_PATH },
      { title: 'Rapporten', description: 'Overzichten per module en per student.' },
    ],
  },
  ombuds: {
    code: 'ombuds',
    name: ROLE_NAMES.ombuds,
    summary: 'Je registreert dat originele ziekteattesten ontvangen zijn.',
    tasks: [
      {
        title: 'Ziekteattesten',
        description: 'Bekijk de kopie en registreer de ontvangst van een origineel ziekteattest.',
        path: CERTIFICATES_PATH,
      },
    ],
  },
  admin: {
    code: 'admin',
    name: ROLE_NAMES.admin,
    summary: 'Je beheert de accounts, de configuratie en de back-ups van Leerplek.',
    tasks: [
      {
        title: 'Gebruikers',
        description: 'Maak accounts aan, ken rollen toe en verstuur uitnodigingen.',
        path: USERS_PATH,
      },
      {
        title: 'Opleidingen',
        description: 'Importeer een curriculum als TOML-bestand.',
        path: PROGRAMMES_PATH,
      },
      auditTask,
      {title: 'Configuratie', description: 'Instellingen van deze Leerplek-installatie.'},
      {title: 'Back-ups', description: 'Maak en controleer back-ups.'},
    ],
  },
};

const STAFF: readonly RoleCode[] = ['supervisor', 'coordinator', 'programme_lead'];
const PLACEMENT_READERS: readonly RoleCode[] = ['student', 'mentor', ...STAFF];
const PLACEMENT_REQUESTERS: readonly RoleCode[] = ['student', 'coordinator'];

/** Which roles may open each protected page (besides the home page); keys are path patterns. */
export const PAGE_ROLES: Record<string, readonly RoleCode[]> = {
  [USERS_PATH]: ['admin'],
  [AUDIT_PATH]: ['coordinator', 'admin'],
  [PROGRAMMES_PATH]: ['coordinator', 'programme_lead', 'admin'],
  [CURRICULUM_PATH]: [...STAFF, 'admin'],
  [COHORTS_PATH]: STAFF,
  [COHORT_PATH]: STAFF,
  [COHORT_CALENDAR_PATH]: ['student', 'mentor', ...STAFF],
  [MY_CALENDAR_PATH]: ['student', 'mentor'],
  [WORKPLACES_PATH]: STAFF,
  [MY_PROFILE_PATH]: ['mentor'],
  [PLACEMENTS_PATH]: PLACEMENT_READERS,
  [PLACEMENT_REQUEST_PATH]: PLACEMENT_REQUESTERS,
  [PLACEMENT_PATH]: PLACEMENT_READERS,
  [PLACEMENT_EDIT_PATH]: PLACEMENT_REQUESTERS,
  [PLANNING_PATH]: STAFF,
  [TODAY_PATH]: ['student'],
  [LOGBOOK_PATH]: PLACEMENT_READERS,
  [REVIEW_PATH]: ['mentor'],
  [PROGRESS_PATH]: STAFF,
  [ABSENCES_PATH]: STAFF,
  [CERTIFICATES_PATH]: ['ombuds'],
  [GUIDANCE_PATH]: ['supervisor'],
  [EVALUATION_PATH]: PLACEMENT_READERS,
  [CASELOAD_PATH]: ['supervisor'],
  [RUBRICS_PATH]: STAFF,
  [RUBRIC_PATH]: STAFF,
};

export function mayOpen(path: string, roles: readonly string[]): boolean {
  const pattern = Object.keys(PAGE_ROLES).find((p) => matchPattern(p, path));
  if (!pattern) return true;
  return PAGE_ROLES[pattern].some((role) => roles.includes(role));
}

/** Whether the user may change curricula, calendars and closures (the server checks the programme). */
export function mayEditCurriculum(roles: readonly string[]): boolean {
  return roles.includes('programme_lead');
}

/** Whether the user may create cohorts and change their contacts and members. */
export function mayManageCohorts(roles: readonly string[]): boolean {
  return roles.includes('programme_lead') || roles.includes('coordinator');
}

/** Whether the user may register workplaces and change them (the others on the page only read). */
export function mayManageWorkplaces(roles: readonly string[]): boolean {
  return roles.includes('coordinator');
}

/** Whether the user decides on placement requests and keeps their records (the others only read). */
export function mayCoordinatePlacements(roles: readonly string[]): boolean {
  return roles.includes('coordinator');
}

/** Whether the user plans, adjusts and publishes rotations and groups (the other staff only read them). */
export function mayPlanModules(roles: readonly string[]): boolean {
  return roles.includes('coordinator');
}

/** Whether the user may request a placement (a student for themself, the coordinator for a student). */
export function mayRequestPlacement(roles: readonly string[]): boolean {
  return roles.includes('student') || roles.includes('coordinator');
}

/** Whether the user can be programme staff, who read curricula (an administrator alone is not). */
// Staff work with the curriculum; an administrator reads what they imported.
export function mayOpenCurriculum(roles: readonly string[]): boolean {
  return roles.includes('admin') || STAFF.some((role) => roles.includes(role));
}

export function mayImportCurriculum(roles: readonly string[]): boolean {
  return roles.includes('programme_lead') || roles.includes('admin');
}

export interface NavItem {
  path: string;
  label: string;
  /** Shows the number of things waiting there (the mentor's review queue). */
  counter?: 'review';
}

/** Navigation entries for this user, only what their roles may use. */
export function navItems(roles: readonly string[]): NavItem[] {
  const items: NavItem[] = [];
  // A student's day starts with today's logbook: their first menu entry.
  if (mayOpen(TODAY_PATH, roles)) items.push({ path: TODAY_PATH, label: 'Vandaag' });
  items.push({ path: '/', label: 'Start' });
  if (mayOpen(REVIEW_PATH, roles)) items.push({ path: REVIEW_PATH, label: 'Nakijken', counter: 'review' });
  if (mayOpen(MY_CALENDAR_PATH, roles)) items.push({ path: MY_CALENDAR_PATH, label: 'Kalender' });
  if (mayOpen(PLACEMENTS_PATH, roles)) items.push({ path: PLACEMENTS_PATH, label: 'Werkplekken' });
  if (mayOpen(GUIDANCE_PATH, roles)) items.push({path: GUIDANCE_PATH, label: 'Begeleiding'});
  if (mayOpen(CERTIFICATES_PATH, roles)) items.push({ path: CERTIFICATES_PATH, label: 'Ziekteattesten' });
  if (mayOpen(CASELOAD_PATH, roles)) items.push({ path: CASELOAD_PATH, label: 'Mijn studenten' });
  if (mayOpen(PROGRESS_PATH, roles)) items.push({ path: PROGRESS_PATH, label: 'Voortgang' });
  if (mayOpen(ABSENCES_PATH, roles)) items.push({ path: ABSENCES_PATH, label: 'Afwezigheden' });
  if (mayOpen(MY_PROFILE_PATH, roles)) items.push({ path: MY_PROFILE_PATH, label: 'Mijn profiel' });
  if (mayOpen(COHORTS_PATH, roles)) items.push({ path: COHORTS_PATH, label: 'Cohortes' });
  if (mayOpen(WORKPLACES_PATH, roles)) items.push({ path: WORKPLACES_PATH, label: 'Werkplekregister' });
  if (mayOpen(PLANNING_PATH, roles)) items.push({ path: PLANNING_PATH, label: 'Planning' });
  if (mayOpen(PROGRAMMES_PATH, roles)) items.push({ path: PROGRAMMES_PATH, label: 'Opleidingen' });
  if (mayEditCurriculum(roles)) items.push({ path: RUBRICS_PATH, label: 'Rubrics' });
  if (mayOpen(USERS_PATH, roles)) items.push({ path: USERS_PATH, label: 'Gebruikers' });
  if (mayOpen(AUDIT_PATH, roles)) items.push({ path: AUDIT_PATH, label: 'Audittrail' });
  return items;
}

/** Whether a navigation entry is the current page ("page") or a page inside its section ("true"). */
export function navCurrent(itemPath: string, path: string): 'page' | 'true' | undefined {
  if (itemPath === path) return 'page';
  if (itemPath !== '/' && path.startsWith(`${itemPath}/`)) return 'true';
  return undefined;
}
